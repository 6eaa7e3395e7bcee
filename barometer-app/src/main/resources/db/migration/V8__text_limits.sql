-- Every text people write has a length limit, the same the input rules (InputRules.Field) hold every way in to, so a
-- text that reaches the store some other way is refused here too. An event's sources are kept one link a line in one
-- column; each link is held to 1,000 characters by the input rules, the column as a whole by none.

alter table event add constraint event_description_length check (char_length(description) <= 1000);
alter table event add constraint event_description_ru_length check (char_length(description_ru) <= 1000);
alter table colour_band add constraint colour_band_meaning_length check (char_length(meaning) <= 1000);
alter table issue add constraint issue_correction_note_length check (char_length(correction_note) <= 2000);
alter table issue_author add constraint issue_author_biography_length check (char_length(biography) <= 5000);
alter table review_comment add constraint review_comment_body_length check (char_length(body) <= 5000);
alter table narrative add constraint narrative_body_length check (char_length(body) <= 100000);
