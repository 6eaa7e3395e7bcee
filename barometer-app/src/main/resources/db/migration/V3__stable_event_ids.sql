-- Stable event identifiers for the public API and open data: an event keeps its uid across the revisions of its issue.
-- Unique within a revision only; a correction copies the uid of every event it carries over.

alter table event add column uid varchar(40);
update event set uid = 'e' || cast(id as varchar(20));
alter table event alter column uid set not null;

alter table security_event add column uid varchar(40);
update security_event set uid = 's' || cast(id as varchar(20));
alter table security_event alter column uid set not null;

create index event_uid on event (uid);
create index security_event_uid on security_event (uid);
