-- Double scoring: the editor's sample of a catalogue for a second, blind score, the second coder's scores and the
-- editor's decisions where the two differ by more than one point. Events are named by their stable uid (V3), so a
-- correction copies these rows as it copies the events. A catalogue is a relationship's code or 'security'.

-- The sample of a catalogue: the share drawn and the seed it was drawn with (the same seed draws the same events),
-- and the account that scores it second.
create table double_sample (
    issue_id        bigint       not null references issue (id) on delete cascade,
    catalogue       varchar(80)  not null,
    share_percent   integer      not null,
    seed            bigint       not null,
    second_coder    varchar(80),
    changed_by      varchar(80)  not null,
    changed_at      timestamp with time zone not null default current_timestamp,
    primary key (issue_id, catalogue),
    constraint double_sample_share check (share_percent between 0 and 100)
);

-- The events in a sample, drawn or added by hand, and the second coder's score once given (score for a relationship's
-- event; national and regional for a security event).
create table second_score (
    issue_id        bigint       not null references issue (id) on delete cascade,
    event_uid       varchar(40)  not null,
    catalogue       varchar(80)  not null,
    added           varchar(10)  not null,
    coder           varchar(80),
    score           integer,
    national        integer,
    regional        integer,
    scored_at       timestamp with time zone,
    primary key (issue_id, event_uid),
    constraint second_score_added check (added in ('DRAWN', 'HAND'))
);

-- The editor's decision on a disagreement: both scores as they were, the score of record, why, by whom and when.
create table adjudication (
    issue_id        bigint       not null references issue (id) on delete cascade,
    event_uid       varchar(40)  not null,
    first_score     integer,
    first_national  integer,
    first_regional  integer,
    second_score    integer,
    second_national integer,
    second_regional integer,
    record_score    integer,
    record_national integer,
    record_regional integer,
    reason          varchar(2000) not null,
    decided_by      varchar(80)  not null,
    decided_at      timestamp with time zone not null default current_timestamp,
    primary key (issue_id, event_uid),
    constraint adjudication_reason_length check (char_length(reason) <= 2000)
);

-- An external reviewer: an account whose one right is to score a sample second. The role's check is made again with
-- the new role (a column's own check goes with the column in both H2 and PostgreSQL).
alter table account add column account_role varchar(20);
update account set account_role = role;
alter table account drop column role;
alter table account rename column account_role to role;
alter table account alter column role set not null;
alter table account add constraint account_role check (role in ('ADMIN', 'EDITOR', 'ANALYST', 'REVIEWER'));
