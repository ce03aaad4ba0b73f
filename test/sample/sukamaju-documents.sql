--
-- The sample registry's documents, contacts and local fields (release
-- 1.1.0): included by sukamaju.sql when the extension has them; the
-- upgrade suite runs it alone after updating a 1.0.0 database.
--
-- The scan of SKM-02's signed PKS and the minutes of its kickoff meeting.
INSERT INTO partnership.document (partnership_id, agreement_id, kind, title, url, sha256, added_on)
SELECT a.partnership_id, a.id, 'agreement', 'Pindaian ' || a.number,
	'https://arsip.sukamajukab.example/kerja-sama/' || pg_catalog.replace(a.number, '/', '-') || '.pdf',
	pg_catalog.md5(a.number) || pg_catalog.md5(a.number), a.signed_on
FROM partnership.agreement a
WHERE a.partnership_id = (SELECT id FROM partnership.partnership WHERE code = 'SKM-02') AND a.kind::text = 'pks' AND a.status::text = 'signed';
INSERT INTO partnership.document (partnership_id, kind, title, url, added_on)
VALUES ((SELECT id FROM partnership.partnership WHERE code = 'SKM-02'), 'minutes', 'Notulen rapat perdana kemitraan',
	'https://arsip.sukamajukab.example/kerja-sama/skm-02-notulen-1.pdf', current_date - 990);

-- Whom to call at two partners.
INSERT INTO partnership.contact (partner_id, name, position, email, phone)
SELECT id, c.name, c.position, c.email, c.phone
FROM partnership.partner
JOIN (VALUES
	('PT Agro Lestari Nusantara (Divisi CSR)', 'Ratna Kusuma', 'Kepala Divisi CSR', 'ratna.kusuma@agrolestari.example', '+62 21 5550 1234'),
	('PT Agro Lestari Nusantara (Divisi CSR)', 'Hendra Wijaya', 'Staf Program', 'hendra@agrolestari.example', NULL),
	('Yayasan Peduli Gizi Anak Sukamaju', 'Siti Aminah', 'Direktur', NULL, '(0262) 555 321')
) AS c(partner, name, position, email, phone) ON c.partner = partner.name;

-- A local field of the Bappeda's registry: the RPJMD mission a partnership serves.
UPDATE partnership.partnership SET extra = '{"misi_rpjmd": 2}' WHERE code = 'SKM-02';

