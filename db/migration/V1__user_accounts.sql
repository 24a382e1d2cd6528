-- People who sign in to Drillbook and the roles that decide what they may do.
create table user_account (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null,
    display_name  varchar(120) not null,
    password_hash varchar(255) not null,
    enabled       boolean      not null default true,
    failed_logins integer      not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint user_account_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    constraint user_account_failed_logins_positive check (failed_logins >= 0)
);

create unique index user_account_username_uk on user_account (username);

create table user_role (
    user_id bigint      not null references user_account (id) on delete cascade,
    role    varchar(16) not null,
    primary key (user_id, role),
    constraint user_role_known check (role in ('ADMIN', 'ARCHITECT', 'OPERATOR', 'AUDITOR'))
);
