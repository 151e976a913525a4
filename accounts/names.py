"""How a person's name is shown: Vietnamese order, family name first ("Trần Văn Minh")."""


def display_name(user) -> str:
    if user is None:
        return ""
    full = f"{user.last_name} {user.first_name}".strip()
    return full or user.get_username()
