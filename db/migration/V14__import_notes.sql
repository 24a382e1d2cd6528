-- What an import skipped or worked out for itself (a sheet missing, a row left out, a VM
-- placed without its host), kept with the preview so that it is shown again on review.
alter table pending_import add column notes jsonb not null default '[]';
