-- Stated figures and findings name their relationship by its code, as everything else does, instead of by the heading
-- the issue printed (which a later revision may word differently). The security catalogue stays 'security'.

update stated_figure set subject = (
    select r.code from issue_relationship ir join relationship r on r.id = ir.relationship_id
    where ir.issue_id = stated_figure.issue_id and ir.heading = stated_figure.subject)
where subject <> 'security' and exists (
    select 1 from issue_relationship ir where ir.issue_id = stated_figure.issue_id and ir.heading = stated_figure.subject);

update finding set subject = (
    select r.code from issue_relationship ir join relationship r on r.id = ir.relationship_id
    where ir.issue_id = finding.issue_id and ir.heading = finding.subject)
where subject <> 'security' and exists (
    select 1 from issue_relationship ir where ir.issue_id = finding.issue_id and ir.heading = finding.subject);
