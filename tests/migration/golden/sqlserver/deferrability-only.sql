-- NOTE: n.fk_n_p: actions, deferrability or MATCH changed: SQL Server checks every key at once; deferrability does not apply
-- problems:
note: n.fk_n_p: actions, deferrability or MATCH changed: SQL Server checks every key at once; deferrability does not apply
