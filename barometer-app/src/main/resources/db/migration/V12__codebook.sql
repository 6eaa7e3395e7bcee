-- The codebook: for a relationship and a score level, published events the editor chose as anchors, each with a
-- sentence of rationale in English and Russian. An anchor names its event by the stable uid, so it outlives a
-- correction that carries the event over; one event anchors one level of its relationship at most.
create table codebook_anchor (
    relationship_code varchar(80)   not null,
    score             integer       not null,
    event_uid         varchar(40)   not null,
    rationale         varchar(1000) not null,
    rationale_ru      varchar(1000) not null default '',
    chosen_by         varchar(80)   not null,
    chosen_at         timestamp with time zone not null default current_timestamp,
    primary key (relationship_code, event_uid),
    constraint codebook_anchor_rationale_length check (char_length(rationale) <= 1000),
    constraint codebook_anchor_rationale_ru_length check (char_length(rationale_ru) <= 1000)
);

create index codebook_anchor_level on codebook_anchor (relationship_code, score);

-- Options the editor sets for one revision of an issue; a revision without a row has every option off. A correction is a
-- new revision, so its options start off.
create table issue_option (
    issue_id        bigint  not null primary key references issue (id) on delete cascade,
    codebook_in_pdf boolean not null default false
);
