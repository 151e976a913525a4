"""Recording changes to people's access (roles, activation, passwords)."""

from accounts.models import AuditEntry


def _label(role) -> str:
    """A role's name as people read it (roles are TextChoices), or empty for none."""
    return str(role.label) if role else ""


def record(actor, target, action, old="", new="") -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor,
        target=target,
        target_username=target.get_username(),
        action=action,
        old_value=str(old)[:100],
        new_value=str(new)[:100],
    )


def role_changed(actor, target, old_role, new_role) -> AuditEntry:
    return record(actor, target, AuditEntry.Action.ROLE_CHANGED, _label(old_role), _label(new_role))


def record_account_changes(actor, target, *, created, was_active) -> None:
    """Record creation and (de)activation of `target` by one save."""
    if created:
        record(actor, target, AuditEntry.Action.CREATED)
    elif was_active != target.is_active:
        action = AuditEntry.Action.ACTIVATED if target.is_active else AuditEntry.Action.DEACTIVATED
        record(actor, target, action)
