"""The per-process LRU keeps the most recent entries within its bounds."""

from core.lru import LocalLRU


def test_the_oldest_entries_go_first_past_the_entry_count():
    kept = LocalLRU(2)
    kept.put("a", "1")
    kept.put("b", "2")
    kept.get("a")  # now the most recent
    kept.put("c", "3")
    assert (kept.get("a"), kept.get("b"), kept.get("c")) == ("1", None, "3")


def test_a_character_bound_keeps_the_total_length_of_the_values_under_it():
    kept = LocalLRU(100, max_chars=10)
    kept.put("a", "x" * 4)
    kept.put("b", "y" * 4)
    kept.put("a", "z" * 5)  # replaced: its old length no longer counts
    assert kept.get("b") == "y" * 4 and kept.get("a") == "z" * 5
    kept.put("c", "w" * 3)  # 12 characters: the least recent (b) goes
    assert kept.get("b") is None and kept.get("a") == "z" * 5 and kept.get("c") == "w" * 3
    kept.clear()
    kept.put("d", "v" * 10)
    assert kept.get("d") == "v" * 10  # clear() forgot the length counted before
