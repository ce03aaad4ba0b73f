-- test/sample/sukamaju.sql
--
-- Sample registry: Kabupaten Sukamaju, a fictional Indonesian regency, and
-- its cross-sector partnerships (kemitraan lintas sektor).
--
--   psql -d DB -f test/sample/sukamaju.sql      (DB has the extension)
--
-- Everything is loaded in one transaction, in the order the triggers
-- demand: partners, partnerships and their rows first, agreements signed,
-- partnerships activated, evaluations closed after their responses,
-- partnerships suspended, completed or terminated last.  Dates are relative
-- to current_date, so the sample tells the same story any day.
--
-- Thirteen partnerships cover the four types (formal/informal x
-- strategic/operational) and every status.  Some deliberately break
-- warning rules so that partnership_report.compliance has content:
--   SKM-01 early_involvement    (the international fund joined later)
--   SKM-02 agreement_expiring   (PKS ends in 45 days), evaluator_assigned
--   SKM-03 risk_unmitigated     (suspended; funding risk without mitigation),
--          evaluation_due
--   SKM-05 horizon_duration     (operational, 18 months), evaluation_due
--   SKM-08 agreement_max_duration (six-year MoU), risk_unmitigated
-- Drafts SKM-09 and SKM-13 still miss what activation requires (error
-- rules), as drafts may.  Every active partnership passes every error rule.

\set ON_ERROR_STOP 1
-- The helper calls below return nothing worth printing.
\o /dev/null

BEGIN;
SET LOCAL search_path = partnership, pg_catalog;

/* ------------------------------------------------------------------------
 * Helpers, for this session only
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION pg_temp.org(p_name text) RETURNS bigint
	LANGUAGE plpgsql STABLE AS $$
DECLARE r bigint;
BEGIN
	SELECT id INTO STRICT r FROM partnership.partner WHERE name = p_name;
	RETURN r;
END $$;

CREATE FUNCTION pg_temp.ps(p_code text) RETURNS bigint
	LANGUAGE plpgsql STABLE AS $$
DECLARE r bigint;
BEGIN
	SELECT id INTO STRICT r FROM partnership.partnership WHERE code = p_code;
	RETURN r;
END $$;

-- Who signs for each organisation.
CREATE TEMPORARY TABLE signatory (org text PRIMARY KEY, person text, title text) ON COMMIT DROP;

-- Members: (code, organisation, roles, title, joined, influence, interest).
CREATE FUNCTION pg_temp.members(p_code text, p_rows text[][]) RETURNS void
	LANGUAGE plpgsql AS $$
DECLARE i int;
BEGIN
	FOR i IN 1 .. array_length(p_rows, 1) LOOP
		INSERT INTO partnership.member (partnership_id, partner_id, roles, title, joined_on, influence, interest)
		VALUES (pg_temp.ps(p_code), pg_temp.org(p_rows[i][1]), p_rows[i][2]::partnership.roleset,
			nullif(p_rows[i][3], ''), current_date + p_rows[i][4]::int,
			nullif(p_rows[i][5], '')::smallint, nullif(p_rows[i][6], '')::smallint);
	END LOOP;
END $$;

/*
 * An agreement with its parties (the members who had joined by the day it
 * takes effect, with their roles and the responsibilities that go with
 * them) and its clauses; signed unless p_sign is false.
 */
CREATE FUNCTION pg_temp.agreement(p_code text, p_kind text, p_number text, p_title text,
	p_from int, p_to int, p_signed int, p_amends text DEFAULT NULL,
	p_sign boolean DEFAULT true, p_skip_clauses text[] DEFAULT '{}') RETURNS bigint
	LANGUAGE plpgsql AS $$
DECLARE
	pid bigint := pg_temp.ps(p_code);
	aid bigint;
	pname text;
BEGIN
	SELECT name INTO pname FROM partnership.partnership WHERE id = pid;
	INSERT INTO partnership.agreement (partnership_id, kind, number, title, amends_id,
		effective_from, effective_to, objectives)
	SELECT pid, p_kind::partnership.agreement_kind, p_number, p_title,
		(SELECT a.id FROM partnership.agreement a WHERE a.partnership_id = pid AND a.number = p_amends),
		current_date + p_from, current_date + p_to, p.objectives
	FROM partnership.partnership p WHERE p.id = pid
	RETURNING id INTO aid;

	INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id, roles,
		responsibilities, signatory_name, signatory_title, signed_on)
	SELECT aid, pid, m.partner_id, m.roles,
		ARRAY(SELECT CASE r::text
				WHEN 'lead' THEN 'Mengoordinasikan pelaksanaan kemitraan dan menyusun laporan berkala'
				WHEN 'funder' THEN 'Menyediakan pendanaan sesuai komitmen dan jadwal pencairan'
				WHEN 'manager' THEN 'Mengelola sekretariat bersama dan administrasi kemitraan'
				WHEN 'implementer' THEN 'Melaksanakan kegiatan sesuai rencana kerja'
				WHEN 'advisor' THEN 'Memberikan pendampingan teknis dan masukan ahli'
				WHEN 'provider' THEN 'Menyediakan sarana, tenaga, atau media sesuai kesepakatan'
				WHEN 'beneficiary' THEN 'Berpartisipasi aktif dan menyampaikan umpan balik'
				WHEN 'evaluator' THEN 'Melakukan pemantauan dan evaluasi secara independen'
			END FROM partnership.unnest(m.roles) AS r),
		CASE WHEN p_sign THEN s.person END,
		s.title,
		CASE WHEN p_sign THEN current_date + p_signed END
	FROM partnership.member m
	JOIN partnership.partner pt ON pt.id = m.partner_id
	LEFT JOIN signatory s ON s.org = pt.name
	WHERE m.partnership_id = pid AND m.joined_on <= current_date + p_from;

	INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind, article, body)
	SELECT aid, pid, k.code, 'Pasal ' || row_number() OVER (ORDER BY k.ord),
		replace(k.body, '%', pname)
	FROM (VALUES
		(1, 'object', 'Objek perjanjian ini adalah kerja sama para pihak dalam program %.'),
		(2, 'rights_obligations', 'Hak dan kewajiban setiap pihak diuraikan dalam lampiran peran dan tanggung jawab.'),
		(3, 'duration', 'Perjanjian berlaku sejak tanggal mulai sampai tanggal berakhir yang tercantum, dan dapat diperpanjang dengan adendum.'),
		(4, 'funding', 'Pembiayaan bersumber dari APBD, dana CSR para mitra, dan sumber lain yang sah dan tidak mengikat.'),
		(5, 'governance', 'Koordinasi dilakukan melalui rapat bulanan tim bersama; keputusan diambil secara musyawarah mufakat.'),
		(6, 'monitoring', 'Pemantauan dilakukan setiap triwulan dan evaluasi setiap enam bulan oleh pihak yang independen.'),
		(7, 'reporting', 'Para pihak menyampaikan laporan kemajuan kepada koordinator setiap triwulan.'),
		(8, 'dispute_resolution', 'Perselisihan diselesaikan secara musyawarah; bila tidak tercapai, melalui Pengadilan Negeri Sukamaju.'),
		(9, 'force_majeure', 'Para pihak dibebaskan dari kewajiban selama keadaan memaksa seperti bencana alam, dengan pemberitahuan tertulis.'),
		(10, 'termination', 'Perjanjian dapat diakhiri lebih awal atas kesepakatan para pihak dengan pemberitahuan 30 hari sebelumnya.'))
		AS k(ord, code, body)
	WHERE k.code <> ALL (p_skip_clauses);

	IF p_sign THEN
		UPDATE partnership.agreement SET signed_on = current_date + p_signed, status = 'signed'
		WHERE id = aid;
	END IF;
	RETURN aid;
END $$;

-- An activity and its RACI: p_raci 'Organisation:A;Organisation:R;...'.
CREATE FUNCTION pg_temp.activity(p_code text, p_name text, p_due int, p_status text, p_raci text)
	RETURNS void LANGUAGE plpgsql AS $$
DECLARE pid bigint := pg_temp.ps(p_code); aid bigint;
BEGIN
	INSERT INTO partnership.activity (partnership_id, name, due_on, status)
	VALUES (pid, p_name, current_date + p_due, p_status::partnership.activity_status)
	RETURNING id INTO aid;
	INSERT INTO partnership.assignment (activity_id, partnership_id, partner_id, raci)
	SELECT aid, pid, pg_temp.org(split_part(x, ':', 1)), split_part(x, ':', 2)::partnership.raci
	FROM unnest(string_to_array(p_raci, ';')) AS x;
END $$;

-- A commitment and its disbursements (amounts and days relative to today).
CREATE FUNCTION pg_temp.commit(p_code text, p_org text, p_kind text, p_amount numeric,
	p_on int, p_description text, p_paid numeric[] DEFAULT '{}', p_paid_on int[] DEFAULT '{}')
	RETURNS void LANGUAGE plpgsql AS $$
DECLARE pid bigint := pg_temp.ps(p_code); cid bigint; i int;
BEGIN
	INSERT INTO partnership.commitment (partnership_id, partner_id, kind, amount, committed_on, description)
	VALUES (pid, pg_temp.org(p_org), p_kind::partnership.commitment_kind, p_amount,
		current_date + p_on, p_description)
	RETURNING id INTO cid;
	FOR i IN 1 .. coalesce(array_length(p_paid, 1), 0) LOOP
		INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
		VALUES (cid, pid, p_paid[i], current_date + p_paid_on[i]);
	END LOOP;
END $$;

-- An indicator and its measurements.
CREATE FUNCTION pg_temp.indicator(p_code text, p_icode text, p_name text, p_unit text,
	p_direction text, p_aggregation text, p_baseline numeric, p_target numeric, p_target_on int,
	p_values numeric[], p_days int[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE pid bigint := pg_temp.ps(p_code); iid bigint; i int;
BEGIN
	INSERT INTO partnership.indicator (partnership_id, code, name, unit, direction, aggregation,
		baseline, target, target_on)
	VALUES (pid, p_icode, p_name, p_unit, p_direction::partnership.direction,
		p_aggregation::partnership.aggregation, p_baseline, p_target, current_date + p_target_on)
	RETURNING id INTO iid;
	FOR i IN 1 .. coalesce(array_length(p_values, 1), 0) LOOP
		INSERT INTO partnership.measurement (indicator_id, partnership_id, period_end, value)
		VALUES (iid, pid, current_date + p_days[i], p_values[i]);
	END LOOP;
END $$;

/*
 * An evaluation round: every member who had joined by the period end scores
 * every criterion.  p_level is how well the partnership does (1-5); the
 * members of sector p_low_sector see criteria p_low_criteria p_low_by
 * points worse (a perception gap).  Problem statements (reverse criteria)
 * are scored low when things go well.  A small deterministic spread keeps
 * the scores from being all alike.
 */
CREATE FUNCTION pg_temp.evaluate(p_code text, p_kind text, p_end int, p_level numeric,
	p_close boolean, p_low_sector text DEFAULT NULL, p_low_criteria text[] DEFAULT '{}',
	p_low_by numeric DEFAULT 0, p_respondents int DEFAULT 100) RETURNS void
	LANGUAGE plpgsql AS $$
DECLARE pid bigint := pg_temp.ps(p_code); eid bigint; rnd int;
BEGIN
	SELECT count(*) + 1 INTO rnd FROM partnership.evaluation WHERE partnership_id = pid;
	INSERT INTO partnership.evaluation (partnership_id, kind, period_end)
	VALUES (pid, p_kind::partnership.evaluation_kind, current_date + p_end)
	RETURNING id INTO eid;

	INSERT INTO partnership.response (evaluation_id, partnership_id, respondent_id, criterion, score)
	SELECT eid, pid, m.partner_id, c.code,
		greatest(1, least(5, round(
			CASE WHEN c.reverse THEN 6 - h.v ELSE h.v END
			+ 0.5 * (((length(m.name) + 7 * c.ord + 3 * rnd) % 3) - 1))))::smallint
	FROM (SELECT mm.partner_id, pt.name, pt.sector
	      FROM partnership.member mm JOIN partnership.partner pt ON pt.id = mm.partner_id
	      WHERE mm.partnership_id = pid AND mm.joined_on <= current_date + p_end
	      ORDER BY pt.name LIMIT p_respondents) m
	CROSS JOIN (SELECT cr.code, cr.reverse, row_number() OVER (ORDER BY cr.code) AS ord
	            FROM partnership.criterion cr) c
	CROSS JOIN LATERAL (SELECT greatest(1, least(5, p_level
		- CASE WHEN m.sector::text = p_low_sector AND c.code = ANY (p_low_criteria)
		       THEN p_low_by ELSE 0 END)) AS v) h;

	IF p_close THEN
		UPDATE partnership.evaluation SET status = 'closed' WHERE id = eid;
	END IF;
END $$;

/* ------------------------------------------------------------------------
 * Partners: the regency's agencies, companies' CSR units, nonprofits, a
 * university and a polytechnic, village groups, local media, and an
 * international fund
 * ------------------------------------------------------------------------
 */

INSERT INTO partnership.partner (name, sector, iati_ref) VALUES
	('Pemerintah Kabupaten Sukamaju', 'pemerintah', 'XI-SKM-3299'),
	('Asia Pacific Rural Health Fund', 'internasional', 'XI-APRHF-01');

INSERT INTO partnership.partner (name, sector, parent_id)
SELECT v.name, v.sector::partnership.sector, pg_temp.org('Pemerintah Kabupaten Sukamaju')
FROM (VALUES
	('Bappeda Kabupaten Sukamaju', 'pemerintah'),
	('Dinas Kesehatan Kabupaten Sukamaju', 'pemerintah'),
	('Dinas Pendidikan Kabupaten Sukamaju', 'pemerintah'),
	('Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju', 'pemerintah')) AS v(name, sector);

INSERT INTO partnership.partner (name, sector, parent_id) VALUES
	('Puskesmas Cibeureum', 'pemerintah', pg_temp.org('Dinas Kesehatan Kabupaten Sukamaju'));

INSERT INTO partnership.partner (name, sector) VALUES
	('Pemerintah Desa Cibeureum', 'pemerintah'),
	('PT Semen Sukamaju Jaya (Unit CSR)', 'swasta'),
	('PT Bank Pembangunan Daerah Sukamaju (Program CSR)', 'swasta'),
	('PT Agro Lestari Nusantara (Divisi CSR)', 'swasta'),
	('PT Sinyal Nusantara Digital (Program CSR)', 'swasta'),
	('Yayasan Peduli Gizi Anak Sukamaju', 'yayasan'),
	('LSM Lingkar Tani Mandiri', 'lsm'),
	('Yayasan Cahaya Pendidikan', 'yayasan'),
	('Lembaga Kajian Kebijakan Publik Sukamaju', 'nirlaba'),
	('Universitas Sukamaju', 'universitas'),
	('Politeknik Pertanian Sukamaju', 'perguruan tinggi'),
	('Kelompok Tani Sri Rejeki', 'masyarakat'),
	('TP PKK Desa Cibeureum', 'masyarakat'),
	('Karang Taruna Tunas Harapan', 'komunitas'),
	('Radio Suara Sukamaju FM', 'media'),
	('Harian Sukamaju Pos', 'pers');

INSERT INTO signatory (org, person, title) VALUES
	('Bappeda Kabupaten Sukamaju', 'Ir. Hendra Gunawan, M.T.', 'Kepala Bappeda'),
	('Dinas Kesehatan Kabupaten Sukamaju', 'dr. Ratna Wulandari, M.Kes.', 'Kepala Dinas Kesehatan'),
	('Dinas Pendidikan Kabupaten Sukamaju', 'Drs. Asep Saepudin, M.Pd.', 'Kepala Dinas Pendidikan'),
	('Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju', 'Ir. Dadang Kurniawan', 'Kepala Dinas Pertanian dan Ketahanan Pangan'),
	('Puskesmas Cibeureum', 'dr. Lina Marlina', 'Kepala Puskesmas'),
	('Pemerintah Desa Cibeureum', 'Ujang Suryana', 'Kepala Desa Cibeureum'),
	('PT Semen Sukamaju Jaya (Unit CSR)', 'Bambang Prasetyo', 'Manajer CSR'),
	('PT Bank Pembangunan Daerah Sukamaju (Program CSR)', 'Siti Rahmawati, S.E.', 'Kepala Divisi Corporate Secretary'),
	('PT Agro Lestari Nusantara (Divisi CSR)', 'Yohanes Setiawan', 'Kepala Divisi CSR'),
	('PT Sinyal Nusantara Digital (Program CSR)', 'Rina Kartika', 'Manajer Program CSR'),
	('Yayasan Peduli Gizi Anak Sukamaju', 'Nurhayati, S.Gz.', 'Ketua Yayasan'),
	('LSM Lingkar Tani Mandiri', 'Agus Salim', 'Direktur Eksekutif'),
	('Yayasan Cahaya Pendidikan', 'Maria Ulfa, M.Pd.', 'Ketua Yayasan'),
	('Lembaga Kajian Kebijakan Publik Sukamaju', 'Dr. Fajar Nugroho', 'Direktur'),
	('Universitas Sukamaju', 'Prof. Dr. Sri Lestari', 'Rektor'),
	('Politeknik Pertanian Sukamaju', 'Dr. Ir. Wahyu Hidayat', 'Direktur'),
	('Kelompok Tani Sri Rejeki', 'Pak Karsa', 'Ketua Kelompok Tani'),
	('TP PKK Desa Cibeureum', 'Ibu Euis Komariah', 'Ketua TP PKK Desa'),
	('Karang Taruna Tunas Harapan', 'Rizky Ramadhan', 'Ketua Karang Taruna'),
	('Radio Suara Sukamaju FM', 'Dewi Anggraini', 'Direktur Radio'),
	('Harian Sukamaju Pos', 'Teguh Santoso', 'Pemimpin Redaksi'),
	('Asia Pacific Rural Health Fund', 'Dr. Sarah Mitchell', 'Country Representative');

/* ------------------------------------------------------------------------
 * Partnerships (all start as drafts)
 * ------------------------------------------------------------------------
 */

INSERT INTO partnership.partnership (code, name, formality, horizon, starts_on, ends_on,
	objectives, owner_id, description)
SELECT v.code, v.name, v.formality::partnership.formality, v.horizon::partnership.horizon,
	current_date + v.starts, current_date + v.ends, v.objectives, pg_temp.org(v.owner), v.description
FROM (VALUES
	('SKM-01', 'Gerakan Bersama Cegah Stunting Sukamaju', 'formal', 'strategis', -700, 1100,
	 ARRAY['Menurunkan prevalensi stunting balita menjadi 14 persen',
	       'Meningkatkan cakupan penimbangan balita di Posyandu',
	       'Melatih 300 kader Posyandu'],
	 'Dinas Kesehatan Kabupaten Sukamaju',
	 'Program lintas sektor percepatan penurunan stunting di 12 desa lokus.'),
	('SKM-02', 'Pertanian Cerdas Iklim Sukamaju', 'formal', 'jangka panjang', -1000, 200,
	 ARRAY['Meningkatkan produktivitas padi petani kecil', 'Melatih petani adaptasi perubahan iklim'],
	 'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju',
	 'Sekolah lapang iklim dan demplot varietas tahan kekeringan.'),
	('SKM-03', 'Sekolah Digital Sukamaju', 'formal', 'strategis', -600, 860,
	 ARRAY['Menghubungkan 120 sekolah dasar ke internet', 'Melatih guru memanfaatkan media digital'],
	 'Dinas Pendidikan Kabupaten Sukamaju',
	 'Konektivitas dan literasi digital sekolah dasar; ditangguhkan menunggu kepastian pendanaan.'),
	('SKM-04', 'Air Bersih dan Sanitasi Desa Cibeureum', 'informal', 'strategis', -1500, -40,
	 ARRAY['Menyediakan sambungan air bersih bagi 400 rumah tangga', 'Menghentikan buang air besar sembarangan'],
	 'Pemerintah Desa Cibeureum',
	 'Kemitraan desa, bank daerah dan pemuda untuk air bersih; selesai.'),
	('SKM-05', 'Pelatihan Kader Posyandu Terpadu', 'formal', 'operasional', -420, 130,
	 ARRAY['Melatih 250 kader Posyandu dalam pemantauan tumbuh kembang'],
	 'Dinas Kesehatan Kabupaten Sukamaju',
	 'Pelatihan berjenjang kader Posyandu wilayah Puskesmas Cibeureum.'),
	('SKM-06', 'Festival Pangan Lokal Sukamaju', 'formal', 'jangka pendek', -200, 100,
	 ARRAY['Mempromosikan pangan lokal dan produk kelompok tani'],
	 'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju',
	 'Festival tahunan pangan lokal; dihentikan setelah sponsor utama mundur.'),
	('SKM-07', 'Beasiswa Anak Petani Berprestasi', 'formal', 'operasional', 30, 360,
	 ARRAY['Memberikan beasiswa kepada 100 anak petani berprestasi'],
	 'Dinas Pendidikan Kabupaten Sukamaju',
	 'Usulan program beasiswa bersama bank daerah.'),
	('SKM-08', 'Forum CSR Kabupaten Sukamaju', 'informal', 'strategis', -900, 1300,
	 ARRAY['Menyelaraskan program CSR perusahaan dengan prioritas RPJMD',
	       'Menyediakan ruang dialog pemerintah, dunia usaha dan masyarakat'],
	 'Bappeda Kabupaten Sukamaju',
	 'Forum koordinasi tanggung jawab sosial perusahaan tingkat kabupaten.'),
	('SKM-09', 'Jaringan Literasi Desa', 'informal', 'strategis', 60, 1200,
	 ARRAY[]::text[],
	 'Pemerintah Desa Cibeureum',
	 'Rancangan awal jaringan taman bacaan masyarakat.'),
	('SKM-10', 'Gotong Royong Bersih Sungai Cikaret', 'informal', 'operasional', -300, -60,
	 ARRAY['Membersihkan bantaran Sungai Cikaret dari sampah'],
	 'Pemerintah Desa Cibeureum',
	 'Kerja bakti bulanan bersama pemuda, PKK, perusahaan dan radio; selesai.'),
	('SKM-11', 'Siaran Radio Sehat Keluarga', 'informal', 'operasional', -100, 200,
	 ARRAY['Menyiarkan 48 episode edukasi kesehatan keluarga'],
	 'Dinas Kesehatan Kabupaten Sukamaju',
	 'Talkshow mingguan kesehatan keluarga di radio lokal.'),
	('SKM-12', 'Pasar Tani Akhir Pekan', 'informal', 'operasional', 14, 194,
	 ARRAY['Membuka pasar langsung petani ke konsumen setiap akhir pekan'],
	 'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju',
	 'Usulan pasar tani di alun-alun kabupaten.'),
	('SKM-13', 'Pendampingan UMKM Desa Digital', 'formal', 'operasional', 45, 300,
	 ARRAY['Mendampingi 50 UMKM desa memasarkan produk secara daring'],
	 'Bappeda Kabupaten Sukamaju',
	 'Rancangan; mitra swasta dan komunitas belum ditetapkan.'))
	AS v(code, name, formality, horizon, starts, ends, objectives, owner, description);

/* ------------------------------------------------------------------------
 * Members: organisation, roles, local title, joined (days from today),
 * influence, interest
 * ------------------------------------------------------------------------
 */

SELECT pg_temp.members('SKM-01', ARRAY[
	['Dinas Kesehatan Kabupaten Sukamaju', '{koordinator}', 'Koordinator Program', '-700', '5', '5'],
	['Bappeda Kabupaten Sukamaju', '{pengelola}', 'Sekretariat Bersama', '-700', '5', '4'],
	['PT Semen Sukamaju Jaya (Unit CSR)', '{penyandang dana}', 'Mitra Pendanaan CSR', '-700', '4', '3'],
	['Yayasan Peduli Gizi Anak Sukamaju', '{pelaksana}', 'Tim Ahli Gizi', '-700', '3', '5'],
	['TP PKK Desa Cibeureum', '{pelaksana, penerima manfaat}', 'Kader Posyandu', '-700', '2', '5'],
	['Universitas Sukamaju', '{penilai}', 'Tim Evaluasi Independen', '-700', '3', '4'],
	['Radio Suara Sukamaju FM', '{penyedia}', 'Mitra Media Kampanye', '-700', '2', '3'],
	['Asia Pacific Rural Health Fund', '{donor}', 'Mitra Pembangunan Internasional', '-400', '4', '3']]);

SELECT pg_temp.members('SKM-02', ARRAY[
	['Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju', '{lead}', 'Koordinator', '-1000', '5', '5'],
	['PT Agro Lestari Nusantara (Divisi CSR)', '{funder}', 'Mitra Pendanaan', '-1000', '4', '4'],
	['LSM Lingkar Tani Mandiri', '{implementer}', 'Fasilitator Sekolah Lapang', '-1000', '2', '5'],
	['Kelompok Tani Sri Rejeki', '{implementer, beneficiary}', 'Petani Pelopor', '-1000', '2', '5'],
	['Politeknik Pertanian Sukamaju', '{advisor}', 'Tenaga Ahli Agronomi', '-1000', '3', '3']]);

SELECT pg_temp.members('SKM-03', ARRAY[
	['Dinas Pendidikan Kabupaten Sukamaju', '{lead}', 'Koordinator', '-640', '5', '5'],
	['PT Sinyal Nusantara Digital (Program CSR)', '{funder, provider}', 'Penyedia Jaringan', '-640', '4', '3'],
	['Yayasan Cahaya Pendidikan', '{implementer}', 'Pelatih Guru', '-640', '2', '5'],
	['Karang Taruna Tunas Harapan', '{implementer}', 'Relawan Digital', '-640', '1', '4'],
	['Universitas Sukamaju', '{evaluator}', 'Tim Evaluasi', '-640', '3', '3']]);

SELECT pg_temp.members('SKM-04', ARRAY[
	['Pemerintah Desa Cibeureum', '{lead}', 'Koordinator', '-1500', '4', '5'],
	['PT Bank Pembangunan Daerah Sukamaju (Program CSR)', '{funder}', 'Mitra Pendanaan', '-1500', '4', '3'],
	['Karang Taruna Tunas Harapan', '{implementer}', 'Tim Teknis Pemuda', '-1500', '2', '5'],
	['TP PKK Desa Cibeureum', '{beneficiary}', NULL, '-1500', '2', '5'],
	['Universitas Sukamaju', '{evaluator}', 'Tim Evaluasi', '-1500', '3', '3']]);

SELECT pg_temp.members('SKM-05', ARRAY[
	['Puskesmas Cibeureum', '{lead}', 'Koordinator Pelatihan', '-420', '4', '5'],
	['Yayasan Peduli Gizi Anak Sukamaju', '{implementer}', 'Pelatih Kader', '-420', '3', '5'],
	['PT Bank Pembangunan Daerah Sukamaju (Program CSR)', '{funder}', 'Mitra Pendanaan', '-420', '3', '3'],
	['TP PKK Desa Cibeureum', '{beneficiary}', 'Kader Posyandu', '-420', '2', '5'],
	['Lembaga Kajian Kebijakan Publik Sukamaju', '{evaluator}', 'Evaluator Eksternal', '-420', '2', '3']]);

SELECT pg_temp.members('SKM-06', ARRAY[
	['Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju', '{lead}', 'Panitia Pengarah', '-200', '5', '4'],
	['PT Agro Lestari Nusantara (Divisi CSR)', '{funder}', 'Sponsor Utama', '-200', '4', '2'],
	['Kelompok Tani Sri Rejeki', '{implementer}', 'Peserta Pameran', '-200', '1', '5'],
	['Harian Sukamaju Pos', '{provider}', 'Mitra Media', '-200', '2', '3']]);

SELECT pg_temp.members('SKM-07', ARRAY[
	['Dinas Pendidikan Kabupaten Sukamaju', '{lead}', 'Koordinator', '0', '5', '4'],
	['PT Bank Pembangunan Daerah Sukamaju (Program CSR)', '{funder}', 'Penyandang Dana Beasiswa', '0', '4', '3'],
	['Yayasan Cahaya Pendidikan', '{manager}', 'Pengelola Beasiswa', '0', '2', '5'],
	['Kelompok Tani Sri Rejeki', '{beneficiary}', NULL, '0', '1', '5']]);

SELECT pg_temp.members('SKM-08', ARRAY[
	['Bappeda Kabupaten Sukamaju', '{lead}', 'Ketua Forum', '-900', '5', '5'],
	['PT Semen Sukamaju Jaya (Unit CSR)', '{funder}', 'Anggota Forum', '-900', '4', '4'],
	['PT Bank Pembangunan Daerah Sukamaju (Program CSR)', '{funder}', 'Anggota Forum', '-900', '4', '4'],
	['PT Agro Lestari Nusantara (Divisi CSR)', '{provider}', 'Anggota Forum', '-900', '3', '3'],
	['PT Sinyal Nusantara Digital (Program CSR)', '{provider}', 'Anggota Forum', '-900', '3', '2'],
	['Harian Sukamaju Pos', '{provider}', 'Mitra Publikasi', '-900', '2', '3'],
	['LSM Lingkar Tani Mandiri', '{advisor}', 'Perwakilan Masyarakat Sipil', '-900', '2', '4'],
	['Universitas Sukamaju', '{evaluator}', 'Tim Kajian', '-900', '3', '3']]);

SELECT pg_temp.members('SKM-09', ARRAY[
	['Pemerintah Desa Cibeureum', '{lead}', 'Penggagas', '0', '3', '4'],
	['Karang Taruna Tunas Harapan', '{implementer}', 'Pengelola Taman Bacaan', '0', '2', '5'],
	['Harian Sukamaju Pos', '{}', NULL, '0', '', '']]);

SELECT pg_temp.members('SKM-10', ARRAY[
	['Pemerintah Desa Cibeureum', '{lead}', 'Koordinator', '-300', '4', '4'],
	['Karang Taruna Tunas Harapan', '{implementer}', 'Relawan', '-300', '2', '5'],
	['TP PKK Desa Cibeureum', '{implementer}', 'Relawan', '-300', '2', '4'],
	['PT Semen Sukamaju Jaya (Unit CSR)', '{provider}', 'Penyedia Alat Berat', '-300', '3', '2'],
	['Radio Suara Sukamaju FM', '{provider}', 'Mitra Publikasi', '-300', '2', '3']]);

SELECT pg_temp.members('SKM-11', ARRAY[
	['Dinas Kesehatan Kabupaten Sukamaju', '{lead}', 'Narasumber Utama', '-100', '5', '4'],
	['Radio Suara Sukamaju FM', '{implementer, provider}', 'Produser Siaran', '-100', '2', '5'],
	['Universitas Sukamaju', '{narasumber}', 'Narasumber Ahli', '-100', '3', '3'],
	['TP PKK Desa Cibeureum', '{beneficiary}', 'Pendengar Setia', '-100', '1', '4'],
	['Lembaga Kajian Kebijakan Publik Sukamaju', '{evaluator}', 'Evaluator', '-100', '2', '2']]);

SELECT pg_temp.members('SKM-12', ARRAY[
	['Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju', '{lead}', 'Koordinator', '0', '4', '4'],
	['Kelompok Tani Sri Rejeki', '{implementer, beneficiary}', 'Pedagang Tani', '0', '2', '5'],
	['Radio Suara Sukamaju FM', '{provider}', 'Mitra Media', '0', '2', '3'],
	['Harian Sukamaju Pos', '{provider}', 'Mitra Media', '0', '2', '3']]);

SELECT pg_temp.members('SKM-13', ARRAY[
	['Bappeda Kabupaten Sukamaju', '{lead}', 'Koordinator', '0', '4', '3'],
	['Pemerintah Desa Cibeureum', '{beneficiary}', NULL, '0', '2', '4']]);

/* ------------------------------------------------------------------------
 * Commitments and disbursements (IDR)
 * ------------------------------------------------------------------------
 */

SELECT pg_temp.commit('SKM-01', 'PT Semen Sukamaju Jaya (Unit CSR)', 'cash', 750000000, -700,
	'Dana CSR untuk pemberian makanan tambahan', '{250000000,250000000}', '{-650,-300}');
SELECT pg_temp.commit('SKM-01', 'Asia Pacific Rural Health Fund', 'cash', 1200000000, -400,
	'Hibah pelatihan kader dan pemantauan gizi', '{400000000}', '{-380}');
SELECT pg_temp.commit('SKM-01', 'Dinas Kesehatan Kabupaten Sukamaju', 'cash', 500000000, -700,
	'APBD Dinas Kesehatan', '{200000000,150000000}', '{-600,-200}');
SELECT pg_temp.commit('SKM-01', 'Yayasan Peduli Gizi Anak Sukamaju', 'in_kind', 150000000, -700,
	'Tenaga ahli gizi dan modul pelatihan', '{75000000}', '{-350}');
SELECT pg_temp.commit('SKM-02', 'PT Agro Lestari Nusantara (Divisi CSR)', 'cash', 900000000, -1000,
	'Dana sekolah lapang iklim dan demplot', '{300000000,300000000}', '{-900,-450}');
SELECT pg_temp.commit('SKM-02', 'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju', 'cash', 400000000, -1000,
	'APBD Dinas Pertanian', '{200000000,200000000}', '{-950,-500}');
SELECT pg_temp.commit('SKM-02', 'LSM Lingkar Tani Mandiri', 'in_kind', 120000000, -1000,
	'Fasilitator lapangan');
SELECT pg_temp.commit('SKM-03', 'PT Sinyal Nusantara Digital (Program CSR)', 'cash', 1500000000, -600,
	'Dana konektivitas sekolah', '{300000000}', '{-500}');
SELECT pg_temp.commit('SKM-03', 'PT Sinyal Nusantara Digital (Program CSR)', 'in_kind', 250000000, -600,
	'Perangkat jaringan dan tablet', '{100000000}', '{-450}');
SELECT pg_temp.commit('SKM-04', 'PT Bank Pembangunan Daerah Sukamaju (Program CSR)', 'cash', 350000000, -1500,
	'Dana CSR jaringan pipa air bersih', '{200000000,150000000}', '{-1400,-900}');
SELECT pg_temp.commit('SKM-04', 'Pemerintah Desa Cibeureum', 'cash', 150000000, -1500,
	'Dana Desa', '{150000000}', '{-1300}');
SELECT pg_temp.commit('SKM-05', 'PT Bank Pembangunan Daerah Sukamaju (Program CSR)', 'cash', 200000000, -420,
	'Dana pelatihan kader', '{100000000,50000000}', '{-400,-200}');
SELECT pg_temp.commit('SKM-06', 'PT Agro Lestari Nusantara (Divisi CSR)', 'cash', 300000000, -200,
	'Sponsor festival', '{75000000}', '{-150}');
SELECT pg_temp.commit('SKM-07', 'PT Bank Pembangunan Daerah Sukamaju (Program CSR)', 'cash', 180000000, 0,
	'Dana beasiswa tahun pertama');
SELECT pg_temp.commit('SKM-08', 'PT Semen Sukamaju Jaya (Unit CSR)', 'cash', 100000000, -900,
	'Dukungan sekretariat forum', '{60000000}', '{-800}');
SELECT pg_temp.commit('SKM-08', 'PT Bank Pembangunan Daerah Sukamaju (Program CSR)', 'cash', 100000000, -900,
	'Dukungan sekretariat forum', '{50000000,50000000}', '{-850,-400}');
SELECT pg_temp.commit('SKM-10', 'PT Semen Sukamaju Jaya (Unit CSR)', 'in_kind', 40000000, -300,
	'Alat berat dan truk pengangkut sampah', '{40000000}', '{-250}');
SELECT pg_temp.commit('SKM-11', 'Radio Suara Sukamaju FM', 'in_kind', 45000000, -100,
	'Jam siar talkshow mingguan', '{15000000}', '{-30}');
SELECT pg_temp.commit('SKM-11', 'Dinas Kesehatan Kabupaten Sukamaju', 'cash', 60000000, -100,
	'Honor narasumber dan produksi', '{30000000}', '{-40}');

/* ------------------------------------------------------------------------
 * Work plans with RACI
 * ------------------------------------------------------------------------
 */

SELECT pg_temp.activity('SKM-01', 'Pemetaan balita berisiko stunting di 12 desa lokus', -600, 'done',
	'Dinas Kesehatan Kabupaten Sukamaju:A;Yayasan Peduli Gizi Anak Sukamaju:R;TP PKK Desa Cibeureum:R;Universitas Sukamaju:C');
SELECT pg_temp.activity('SKM-01', 'Pelatihan kader Posyandu angkatan II', 60, 'in_progress',
	'Dinas Kesehatan Kabupaten Sukamaju:A;Yayasan Peduli Gizi Anak Sukamaju:R;TP PKK Desa Cibeureum:C;Bappeda Kabupaten Sukamaju:I');
SELECT pg_temp.activity('SKM-01', 'Kampanye gizi seimbang di radio', 120, 'in_progress',
	'Dinas Kesehatan Kabupaten Sukamaju:A;Radio Suara Sukamaju FM:R;Yayasan Peduli Gizi Anak Sukamaju:C');
SELECT pg_temp.activity('SKM-01', 'Pemberian makanan tambahan balita', 180, 'planned',
	'Bappeda Kabupaten Sukamaju:A;Yayasan Peduli Gizi Anak Sukamaju:R;PT Semen Sukamaju Jaya (Unit CSR):C;Asia Pacific Rural Health Fund:I');
SELECT pg_temp.activity('SKM-02', 'Demplot padi tahan kekeringan', -400, 'done',
	'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju:A;Kelompok Tani Sri Rejeki:R;Politeknik Pertanian Sukamaju:C');
SELECT pg_temp.activity('SKM-02', 'Sekolah lapang iklim musim tanam berikutnya', 90, 'in_progress',
	'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju:A;LSM Lingkar Tani Mandiri:R;Kelompok Tani Sri Rejeki:R;PT Agro Lestari Nusantara (Divisi CSR):I');
SELECT pg_temp.activity('SKM-02', 'Penyusunan adendum perpanjangan PKS', 30, 'planned',
	'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju:A;PT Agro Lestari Nusantara (Divisi CSR):C');
SELECT pg_temp.activity('SKM-03', 'Pemasangan jaringan di 40 sekolah tahap I', 60, 'in_progress',
	'Dinas Pendidikan Kabupaten Sukamaju:A;PT Sinyal Nusantara Digital (Program CSR):R;Karang Taruna Tunas Harapan:C');
SELECT pg_temp.activity('SKM-03', 'Pelatihan guru literasi digital', 150, 'planned',
	'Dinas Pendidikan Kabupaten Sukamaju:A;Yayasan Cahaya Pendidikan:R;Universitas Sukamaju:I');
SELECT pg_temp.activity('SKM-04', 'Pembangunan jaringan pipa dusun I-IV', -1000, 'done',
	'Pemerintah Desa Cibeureum:A;Karang Taruna Tunas Harapan:R;PT Bank Pembangunan Daerah Sukamaju (Program CSR):I');
SELECT pg_temp.activity('SKM-04', 'Pemicuan sanitasi total berbasis masyarakat', -300, 'done',
	'Pemerintah Desa Cibeureum:A;TP PKK Desa Cibeureum:R');
SELECT pg_temp.activity('SKM-05', 'Pelatihan kader angkatan III', 45, 'planned',
	'Puskesmas Cibeureum:A;Yayasan Peduli Gizi Anak Sukamaju:R;TP PKK Desa Cibeureum:I');
SELECT pg_temp.activity('SKM-06', 'Persiapan stan pameran kelompok tani', -30, 'cancelled',
	'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju:A;Kelompok Tani Sri Rejeki:R');
SELECT pg_temp.activity('SKM-08', 'Penyusunan peta program CSR', -500, 'done',
	'Bappeda Kabupaten Sukamaju:A;Universitas Sukamaju:R;PT Semen Sukamaju Jaya (Unit CSR):C');
SELECT pg_temp.activity('SKM-08', 'Musyawarah tahunan Forum CSR', 75, 'planned',
	'Bappeda Kabupaten Sukamaju:A;PT Bank Pembangunan Daerah Sukamaju (Program CSR):R;Harian Sukamaju Pos:I');
SELECT pg_temp.activity('SKM-10', 'Kerja bakti bulanan bantaran sungai', -70, 'done',
	'Pemerintah Desa Cibeureum:A;Karang Taruna Tunas Harapan:R;TP PKK Desa Cibeureum:R;Radio Suara Sukamaju FM:I');
SELECT pg_temp.activity('SKM-11', 'Produksi 48 episode talkshow', 190, 'in_progress',
	'Dinas Kesehatan Kabupaten Sukamaju:A;Radio Suara Sukamaju FM:R;Universitas Sukamaju:C');

/* ------------------------------------------------------------------------
 * Indicators and measurements
 * ------------------------------------------------------------------------
 */

SELECT pg_temp.indicator('SKM-01', 'STUNTING', 'Prevalensi stunting balita', 'persen',
	'decrease', 'level', 24.5, 14, 1100, '{22.1,19.8,18.2}', '{-365,-180,-30}');
SELECT pg_temp.indicator('SKM-01', 'TIMBANG', 'Balita ditimbang di Posyandu', 'balita',
	'increase', 'incremental', 0, 12000, 1100, '{2100,2600,2900,3100}', '{-540,-360,-180,-30}');
SELECT pg_temp.indicator('SKM-01', 'KADER', 'Kader Posyandu terlatih', 'orang',
	'increase', 'incremental', 0, 300, 1100, '{80,95,60}', '{-500,-250,-30}');
SELECT pg_temp.indicator('SKM-02', 'PRODUKTIVITAS', 'Produktivitas padi petani binaan', 'ton/ha',
	'increase', 'level', 5.2, 6.5, 200, '{5.6,5.9,6.1}', '{-700,-365,-30}');
SELECT pg_temp.indicator('SKM-02', 'PETANI', 'Petani lulus sekolah lapang iklim', 'orang',
	'increase', 'incremental', 0, 1500, 200, '{400,500,350}', '{-700,-365,-30}');
SELECT pg_temp.indicator('SKM-03', 'SEKOLAH', 'Sekolah dasar terhubung internet', 'sekolah',
	'increase', 'incremental', 0, 120, 860, '{20,15}', '{-400,-250}');
SELECT pg_temp.indicator('SKM-04', 'SAMBUNGAN', 'Sambungan rumah air bersih', 'rumah tangga',
	'increase', 'incremental', 0, 400, -40, '{120,150,160}', '{-1100,-700,-200}');
SELECT pg_temp.indicator('SKM-04', 'BABS', 'Rumah tangga buang air besar sembarangan', 'rumah tangga',
	'decrease', 'level', 210, 10, -40, '{150,60,12}', '{-1100,-700,-60}');
SELECT pg_temp.indicator('SKM-05', 'KADER', 'Kader Posyandu terlatih', 'orang',
	'increase', 'incremental', 0, 250, 130, '{90,70}', '{-300,-120}');
SELECT pg_temp.indicator('SKM-08', 'DANA', 'Dana CSR selaras prioritas RPJMD', 'juta rupiah',
	'increase', 'incremental', 0, 5000, 1300, '{1200,1800}', '{-540,-180}');
SELECT pg_temp.indicator('SKM-10', 'SAMPAH', 'Sampah terangkut dari bantaran sungai', 'ton',
	'increase', 'incremental', 0, 50, -60, '{20,25,12}', '{-240,-150,-70}');
SELECT pg_temp.indicator('SKM-11', 'EPISODE', 'Episode talkshow disiarkan', 'episode',
	'increase', 'incremental', 0, 48, 200, '{14}', '{-7}');
SELECT pg_temp.indicator('SKM-11', 'PENDENGAR', 'Pendengar mingguan (survei)', 'orang',
	'increase', 'level', 8000, 20000, 200, '{12500}', '{-10}');

/* ------------------------------------------------------------------------
 * Risks (challenges of cross-sector work)
 * ------------------------------------------------------------------------
 */

INSERT INTO partnership.risk (partnership_id, challenge, description, likelihood, impact,
	mitigation, owner_id, status)
SELECT pg_temp.ps(v.code), v.challenge::partnership.challenge, v.description, v.likelihood,
	v.impact, v.mitigation, pg_temp.org(v.owner), v.status::partnership.risk_status
FROM (VALUES
	('SKM-01', 'funding', 'Pencairan hibah internasional tahap II tertunda', 3, 4,
	 'Menyiapkan dana talangan APBD perubahan dan jadwal pencairan bertahap', 'Bappeda Kabupaten Sukamaju', 'open'),
	('SKM-01', 'coordination', 'Jadwal Posyandu bentrok antar desa lokus', 2, 3,
	 'Kalender bersama dikelola sekretariat', 'Bappeda Kabupaten Sukamaju', 'mitigated'),
	('SKM-01', 'cultural_differences', 'Perbedaan bahasa program antara donor dan kader', 2, 2,
	 'Materi pelatihan dalam bahasa daerah', 'Yayasan Peduli Gizi Anak Sukamaju', 'open'),
	('SKM-02', 'coordination', 'Musim tanam tidak serempak antar kelompok tani', 3, 3,
	 'Sekolah lapang dibagi dua gelombang', 'LSM Lingkar Tani Mandiri', 'open'),
	('SKM-03', 'funding', 'Perusahaan menunda pencairan dana tahap II', 4, 4,
	 NULL, 'Dinas Pendidikan Kabupaten Sukamaju', 'open'),
	('SKM-03', 'coordination', 'Data sekolah sasaran berbeda antar pihak', 3, 2,
	 'Validasi data bersama Dapodik', 'Universitas Sukamaju', 'open'),
	('SKM-05', 'other', 'Kader berpindah domisili setelah dilatih', 3, 2,
	 'Perjanjian pengabdian kader minimal dua tahun', 'Puskesmas Cibeureum', 'open'),
	('SKM-06', 'funding', 'Sponsor utama mengundurkan diri', 4, 5,
	 'Mencari sponsor pengganti', 'Dinas Pertanian dan Ketahanan Pangan Kabupaten Sukamaju', 'closed'),
	('SKM-08', 'conflict_of_interest', 'Program CSR dipakai untuk promosi produk perusahaan', 4, 3,
	 NULL, 'Bappeda Kabupaten Sukamaju', 'open'),
	('SKM-08', 'coordination', 'Kehadiran anggota forum menurun', 3, 2,
	 'Rapat daring triwulanan', 'Bappeda Kabupaten Sukamaju', 'open'),
	('SKM-11', 'other', 'Jam siar bergeser karena siaran langsung olahraga', 2, 2,
	 'Slot cadangan disepakati dengan radio', 'Radio Suara Sukamaju FM', 'open'))
	AS v(code, challenge, description, likelihood, impact, mitigation, owner, status);

/* ------------------------------------------------------------------------
 * Agreements: MoU (nota kesepahaman), PKS (perjanjian kerja sama) and an
 * addendum; signing checks parties, signatures, objectives and clauses
 * ------------------------------------------------------------------------
 */

SELECT pg_temp.agreement('SKM-01', 'pks', '440/PKS.01/DINKES/' || extract(year FROM current_date - 700),
	'Perjanjian Kerja Sama Percepatan Penurunan Stunting', -700, 1100, -710);
-- The international fund joined later: an addendum makes it a party.
SELECT pg_temp.agreement('SKM-01', 'addendum', '440/ADD.01/DINKES/' || extract(year FROM current_date - 400),
	'Adendum I: Masuknya Asia Pacific Rural Health Fund', -400, 1100, -405,
	'440/PKS.01/DINKES/' || extract(year FROM current_date - 700));
SELECT pg_temp.agreement('SKM-02', 'pks', '520/PKS.07/DISTAN/' || extract(year FROM current_date - 1000),
	'Perjanjian Kerja Sama Pertanian Cerdas Iklim', -1000, 45, -1005);
SELECT pg_temp.agreement('SKM-03', 'pks', '420/PKS.03/DISDIK/' || extract(year FROM current_date - 600),
	'Perjanjian Kerja Sama Sekolah Digital', -600, 860, -605);
SELECT pg_temp.agreement('SKM-04', 'mou', '140/NK.01/DS-CBR/' || extract(year FROM current_date - 1500),
	'Kesepakatan Bersama Air Bersih Desa Cibeureum', -1500, -40, -1505);
SELECT pg_temp.agreement('SKM-05', 'pks', '440/PKS.11/PKM-CBR/' || extract(year FROM current_date - 420),
	'Perjanjian Kerja Sama Pelatihan Kader Posyandu', -420, 130, -425);
SELECT pg_temp.agreement('SKM-06', 'pks', '520/PKS.15/DISTAN/' || extract(year FROM current_date - 200),
	'Perjanjian Kerja Sama Festival Pangan Lokal', -200, 100, -205);
-- Still a draft: two required clauses missing, not signed.
SELECT pg_temp.agreement('SKM-07', 'pks', '420/PKS.09/DISDIK/' || extract(year FROM current_date),
	'Rancangan Perjanjian Kerja Sama Beasiswa Anak Petani', 30, 360, 0, NULL, false,
	'{dispute_resolution,force_majeure}');
SELECT pg_temp.agreement('SKM-08', 'mou', '050/NK.04/BAPPEDA/' || extract(year FROM current_date - 900),
	'Nota Kesepahaman Forum CSR Kabupaten Sukamaju', -900, 1300, -905);

/* ------------------------------------------------------------------------
 * Evaluation rounds (before activation changes nothing; closing after the
 * responses are in)
 * ------------------------------------------------------------------------
 */

-- SKM-01: community members felt left out in the first round (a perception
-- gap on engagement and trust); better at midterm; a round is open now.
SELECT pg_temp.evaluate('SKM-01', 'monitoring', -420, 3.4, true,
	'community', '{stakeholder_engagement,trust,clear_goals}', 1.6);
SELECT pg_temp.evaluate('SKM-01', 'midterm', -60, 4.2, true,
	'community', '{stakeholder_engagement}', 0.6);
SELECT pg_temp.evaluate('SKM-01', 'monitoring', -5, 4.3, false, NULL, '{}', 0, 4);
SELECT pg_temp.evaluate('SKM-02', 'monitoring', -500, 3.8, true);
SELECT pg_temp.evaluate('SKM-02', 'monitoring', -100, 3.5, true,
	'private', '{funding,conflict_of_interest}', 1.2);
SELECT pg_temp.evaluate('SKM-03', 'monitoring', -250, 2.6, true,
	'private', '{trust,clear_structure}', -1.0);
SELECT pg_temp.evaluate('SKM-04', 'midterm', -800, 3.9, true);
SELECT pg_temp.evaluate('SKM-04', 'final', -45, 4.6, true);
-- SKM-05: last evaluated 300 days ago, with a 6-month interval: overdue.
SELECT pg_temp.evaluate('SKM-05', 'monitoring', -300, 3.7, true);
SELECT pg_temp.evaluate('SKM-08', 'monitoring', -400, 3.3, true,
	'nonprofit', '{accountability,public_trust}', 1.5);
SELECT pg_temp.evaluate('SKM-08', 'monitoring', -120, 3.7, true);
SELECT pg_temp.evaluate('SKM-10', 'monitoring', -65, 4.4, true);
SELECT pg_temp.evaluate('SKM-11', 'monitoring', -10, 4.0, false);

/* ------------------------------------------------------------------------
 * Lifecycle: propose, activate (every error rule must hold), then suspend,
 * complete or terminate
 * ------------------------------------------------------------------------
 */

UPDATE partnership.partnership SET status = 'proposed'
WHERE code IN ('SKM-01', 'SKM-02', 'SKM-03', 'SKM-04', 'SKM-05', 'SKM-06', 'SKM-07',
	'SKM-08', 'SKM-10', 'SKM-11', 'SKM-12');

UPDATE partnership.partnership SET status = 'active'
WHERE code IN ('SKM-01', 'SKM-02', 'SKM-03', 'SKM-04', 'SKM-05', 'SKM-06', 'SKM-08',
	'SKM-10', 'SKM-11');

-- SKM-03 is on hold while the company reconsiders its funding.
UPDATE partnership.partnership SET status = 'suspended' WHERE code = 'SKM-03';

-- SKM-04, SKM-06 and SKM-10 end in sukamaju-life.sql (release 1.1.0
-- records the day and the reason of the end).

-- Documents, contacts and local fields came with release 1.1.0 (the
-- upgrade suite loads the sample into 1.0.0, then this part after updating).
SELECT pg_catalog.to_regclass('partnership.document') IS NOT NULL AS partnership_has_documents \gset
\if :partnership_has_documents
\ir sukamaju-documents.sql
\endif
-- Renewal by amend(), and the end of three partnerships (release 1.1.0).
SELECT pg_catalog.to_regprocedure('partnership.amend(bigint,text,date)') IS NOT NULL AS partnership_has_amend \gset
\if :partnership_has_amend
\ir sukamaju-life.sql
\endif

COMMIT;
\o
