--
-- The sample registry's renewals and ends (release 1.1.0): included by
-- sukamaju.sql when the extension has amend(); the upgrade suite runs it
-- alone after updating a 1.0.0 database (so it uses no helper of
-- sukamaju.sql).  Dates are relative to current_date.
--
--   SKM-05  its PKS is renewed with amend(): Adendum I (version 2) runs a
--           year longer, signed by the same signatories; the PKS is
--           superseded.
--   SKM-02  left as it is: its PKS ends in 45 days, so it is warned about
--           (agreement_expiring) but not yet broken.
--   SKM-06  terminated 20 days ago, with the reason; its PKS ended with it.
--   SKM-04  completed 40 days ago, when its MoU ran out.
--   SKM-10  completed 60 days ago, on its ends_on; its final evaluation is
--           recorded afterwards, inside the window for the final report
--           (setting final_report_days).

-- SKM-05: renew the PKS for a year more, then sign as usual.
SELECT partnership.amend(a.id, '440/ADD.11/PKM-CBR/' || extract(year FROM current_date),
	a.effective_to + 365) AS addendum_id
FROM partnership.agreement a
WHERE a.partnership_id = (SELECT id FROM partnership.partnership WHERE code = 'SKM-05')
  AND a.kind::text = 'pks' AND a.status::text = 'signed' \gset
UPDATE partnership.agreement SET title = 'Adendum I: Perpanjangan Pelatihan Kader Posyandu'
WHERE id = :addendum_id;
UPDATE partnership.agreement_party SET signed_on = current_date - 2 WHERE agreement_id = :addendum_id;
UPDATE partnership.agreement SET status = 'signed' WHERE id = :addendum_id;

-- SKM-06: the sponsor withdrew; the partnership and its PKS end early.
UPDATE partnership.partnership
SET status = 'terminated', ended_on = current_date - 20,
	end_reason = 'Sponsor utama mengundurkan diri karena perubahan prioritas CSR'
WHERE code = 'SKM-06';

-- SKM-04 reached its end when the MoU ran out.
UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 40,
	end_reason = 'Jaringan air bersih diserahterimakan kepada BUMDes'
WHERE code = 'SKM-04';

-- SKM-10 ended on its ends_on; the final evaluation came in afterwards.
UPDATE partnership.partnership SET status = 'completed', ended_on = ends_on WHERE code = 'SKM-10';
INSERT INTO partnership.evaluation (partnership_id, kind, period_end)
SELECT id, 'final', ended_on FROM partnership.partnership WHERE code = 'SKM-10'
RETURNING id AS final_evaluation_id \gset
INSERT INTO partnership.response (evaluation_id, partnership_id, respondent_id, criterion, score)
SELECT :final_evaluation_id, m.partnership_id, m.partner_id, c.code,
	CASE WHEN c.reverse THEN 2 ELSE 4 + (pg_catalog.length(c.code) OPERATOR(pg_catalog.%) 2) END
FROM partnership.member m
CROSS JOIN partnership.criterion c
WHERE m.partnership_id = (SELECT id FROM partnership.partnership WHERE code = 'SKM-10');
UPDATE partnership.evaluation SET status = 'closed' WHERE id = :final_evaluation_id;
