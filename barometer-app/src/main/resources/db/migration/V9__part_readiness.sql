-- Each part of a revision (a relationship by its code, 'security', 'foreword') as its owner marks it: in progress or
-- ready, with the owner's note and the editor's comment when the part was sent back. A part without a row is in progress;
-- a correction is a new revision, so its parts start in progress.
create table part_state (
    issue_id        bigint       not null references issue (id) on delete cascade,
    part            varchar(80)  not null,
    state           varchar(20)  not null,
    note            varchar(2000),
    comment         varchar(5000),
    changed_by      varchar(80)  not null,
    changed_at      timestamp with time zone not null default current_timestamp,
    primary key (issue_id, part),
    check (state in ('IN_PROGRESS', 'READY'))
);
