-- The role the import proposes for each site of an inventory and why, kept with the
-- preview so that the person confirming it can answer and review it again.
alter table pending_import add column site_roles jsonb not null default '[]';
