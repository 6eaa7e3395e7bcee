-- The editor's acknowledgements of findings before publishing: which finding of which revision (by its stable key),
-- why it may stand, who said so and when. A finding that is gone keeps its row; pages show only findings that exist.

create table finding_acknowledgement (
    issue_id        bigint       not null references issue (id) on delete cascade,
    finding_key     varchar(300) not null,
    reason          varchar(2000) not null,
    acknowledged_by varchar(80)  not null,
    acknowledged_at timestamp with time zone not null default current_timestamp,
    primary key (issue_id, finding_key),
    constraint finding_acknowledgement_reason_length check (char_length(reason) <= 2000)
);
