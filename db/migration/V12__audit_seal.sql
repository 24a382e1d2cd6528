-- Each entry's hash sealed with a key kept outside the database (HMAC-SHA-256), and the id of
-- that key. Entries written while no key is configured have neither.
alter table audit_entry add column seal_key varchar(16), add column seal varchar(64);
alter table audit_entry add constraint audit_entry_seal_whole check ((seal_key is null) = (seal is null));

-- The application may run as a role that does not own the schema and is given privileges on
-- new tables by default (scripts/create-database.sh). On the audit log it may only append and
-- read, and the migration history is the owner's alone to write.
do $$
declare
    grant_row record;
begin
    for grant_row in
        select distinct table_class.relname as table_name, acl.grantee::regrole::text as holder
        from pg_class table_class, aclexplode(table_class.relacl) acl
        where table_class.oid in ('audit_entry'::regclass, to_regclass('${flyway:table}'))
          and acl.privilege_type in ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER')
          and acl.grantee <> table_class.relowner and acl.grantee <> 0
    loop
        execute format('revoke update, delete, truncate, references, trigger on %I from %s',
            grant_row.table_name, grant_row.holder);
        if grant_row.table_name <> 'audit_entry' then
            execute format('revoke insert on %I from %s', grant_row.table_name, grant_row.holder);
        end if;
    end loop;
end $$;
