-- Forecast statements a revision makes besides its prose, in the order they were added: about a subject (a relationship's
-- code, or 'security'), a figure compared with thresholds or a colour, the issue number it is about, and optionally the
-- probability given (as the decimal text of a number from 0 to 1, so that it reads back exactly and backups carry it).
-- A correction copies them; they are graded when read, from the published issue they are about.
create table forecast_statement (
    issue_id        bigint       not null references issue (id) on delete cascade,
    seq             integer      not null,
    subject         varchar(80)  not null,
    figure          varchar(20)  not null,
    comparison      varchar(20)  not null,
    threshold_low   integer,
    threshold_high  integer,
    colour          varchar(40),
    about_issue     integer      not null,
    probability     varchar(30),
    primary key (issue_id, seq),
    check (figure in ('AGGREGATE', 'POSITIVE', 'NEGATIVE', 'NATIONAL', 'REGIONAL', 'LEVEL')),
    check (comparison in ('ABOVE', 'BELOW', 'BETWEEN', 'STAYS_IN', 'CHANGES_SIGN'))
);
