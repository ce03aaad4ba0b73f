/*
 * ReportTypes: read every view of schema partnership_report through the
 * PostgreSQL JDBC driver, as a BI tool (Metabase, DBeaver, Power BI over
 * JDBC...) does, and fail unless every column maps to a plain java.sql.Types
 * code and every value can be fetched with getObject().
 *
 * Connection from the libpq environment: PGHOST (a host name; a socket
 * directory is replaced by localhost, as pgjdbc speaks TCP), PGPORT,
 * PGUSER, PGPASSWORD, PGDATABASE.  Exit status 0 when all is well, 1 on
 * any failure.  Run by test/scripts/suite-bi-jdbc.sh.
 *
 * As a role of multi-institution mode (doc/access.md), REPORT_PARTNERSHIPS
 * lists the partnership ids the role may read (comma separated) and
 * REPORT_EXPECT the rows each view holds for them ("view count" lines, as
 * the registry owner counts them): every row read must be of one of those
 * partnerships, and every view must hold exactly that many rows.
 */

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

public class ReportTypes
{
	/* The JDBC types a BI tool maps to its own column types. */
	private static final Set<Integer> PLAIN = Set.of(
		Types.BOOLEAN, Types.BIT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
		Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.DOUBLE, Types.FLOAT,
		Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR,
		Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);

	/*
	 * The numeric columns of a fixed scale (indexes, percents, means), with
	 * the precision and scale the driver must report for them.
	 */
	private static final Map<String, int[]> SCALED = new HashMap<>();
	static
	{
		for (String c : new String[] {"evaluation_criteria.mean", "evaluation_criteria.balanced_mean",
									  "evaluation_criteria.gap"})
			SCALED.put(c, new int[] {5, 4});
		for (String c : new String[] {"evaluation_criteria.index", "evaluations.index",
									  "evaluations.outcome_index", "evaluations.process_index",
									  "evaluations.risk_index", "sector_mix.member_percent",
									  "partnerships.latest_evaluation_index", "semesters.evaluation_index"})
			SCALED.put(c, new int[] {5, 2});
		for (String c : new String[] {"funding.disbursed_percent", "indicators.achievement_percent",
									  "indicators.progress_percent"})
			SCALED.put(c, new int[] {1000, 2});
	}

	/* Boolean columns that must never be NULL. */
	private static final Set<String> NOT_NULL = Set.of("agreements.in_force", "agreements.binding",
													   "agreements.effective_today", "activities.is_open",
													   "activities.overdue");

	private static String env(String name, String fallback)
	{
		String v = System.getenv(name);
		return (v == null || v.isEmpty()) ? fallback : v;
	}

	public static void main(String[] args) throws Exception
	{
		String host = env("PGHOST", "localhost");
		if (host.startsWith("/"))
			host = "localhost";
		String url = "jdbc:postgresql://" + host + ":" + env("PGPORT", "5432") + "/"
			+ env("PGDATABASE", env("PGUSER", "postgres"));
		Properties props = new Properties();
		props.setProperty("user", env("PGUSER", System.getProperty("user.name")));
		String password = System.getenv("PGPASSWORD");
		if (password != null)
			props.setProperty("password", password);
		props.setProperty("ApplicationName", "partnership ReportTypes");

		/* multi-institution mode: what the role may read */
		Set<Long> allowed = null;
		java.util.Map<String, Integer> expected = new java.util.HashMap<>();
		String ids = System.getenv("REPORT_PARTNERSHIPS");
		if (ids != null)
		{
			allowed = new java.util.HashSet<>();
			for (String id : ids.split(","))
				if (!id.isBlank())
					allowed.add(Long.parseLong(id.trim()));
			for (String line : java.nio.file.Files.readAllLines(
					 java.nio.file.Paths.get(System.getenv("REPORT_EXPECT"))))
			{
				String[] f = line.trim().split("\\s+");
				if (f.length == 2)
					expected.put(f[0], Integer.parseInt(f[1]));
			}
		}

		int failures = 0;
		try (Connection conn = DriverManager.getConnection(url, props))
		{
			System.out.println("driver " + conn.getMetaData().getDriverName() + " "
							   + conn.getMetaData().getDriverVersion() + ", server "
							   + conn.getMetaData().getDatabaseProductVersion());

			Set<String> scaledSeen = new java.util.HashSet<>();
			List<String> views = new ArrayList<>();
			try (ResultSet rs = conn.getMetaData().getTables(null, "partnership_report", "%",
															 new String[] {"VIEW"}))
			{
				while (rs.next())
					views.add(rs.getString("TABLE_NAME"));
			}
			if (views.size() < 12)
			{
				System.out.println("FAIL  expected 12 report views, found " + views.size());
				failures++;
			}

			for (String view : views)
			{
				String sql = "SELECT * FROM partnership_report.\"" + view + "\"";
				int rows = 0;
				int values = 0;
				StringBuilder types = new StringBuilder();
				Set<String> badColumns = new java.util.HashSet<>();
				try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql))
				{
					ResultSetMetaData md = rs.getMetaData();
					int pidColumn = 0;
					for (int i = 1; i <= md.getColumnCount(); i++)
						if (md.getColumnName(i).equals("partnership_id"))
							pidColumn = i;
					for (int i = 1; i <= md.getColumnCount(); i++)
					{
						int t = md.getColumnType(i);
						if (!PLAIN.contains(t))
						{
							badColumns.add(md.getColumnName(i));
							System.out.println("FAIL  " + view + "." + md.getColumnName(i)
											   + ": JDBC type " + t + " (" + md.getColumnTypeName(i)
											   + ", " + md.getColumnClassName(i) + ")");
							failures++;
						}
						int[] ps = SCALED.get(view + "." + md.getColumnName(i));
						if (ps != null)
						{
							scaledSeen.add(view + "." + md.getColumnName(i));
							if (md.getPrecision(i) != ps[0] || md.getScale(i) != ps[1])
							{
								System.out.println("FAIL  " + view + "." + md.getColumnName(i)
												   + ": precision " + md.getPrecision(i) + ", scale "
												   + md.getScale(i) + ", expected " + ps[0] + ", " + ps[1]);
								failures++;
							}
						}
						if (types.indexOf(md.getColumnTypeName(i) + " ") < 0)
							types.append(md.getColumnTypeName(i)).append(' ');
					}
					while (rs.next())
					{
						rows++;
						if (allowed != null && pidColumn > 0
							&& !allowed.contains(rs.getLong(pidColumn)))
						{
							System.out.println("FAIL  " + view + ": a row of partnership "
											   + rs.getLong(pidColumn) + ", which role "
											   + props.getProperty("user") + " may not read");
							failures++;
						}
						for (int i = 1; i <= md.getColumnCount(); i++)
						{
							Object o = rs.getObject(i);
							if (o == null && NOT_NULL.contains(view + "." + md.getColumnName(i))
								&& badColumns.add(md.getColumnName(i) + " null"))
							{
								System.out.println("FAIL  " + view + "." + md.getColumnName(i)
												   + ": NULL in row " + rows + " (must be true or false)");
								failures++;
							}
							if (o != null)
							{
								values++;
								if ((o instanceof java.sql.Array || o instanceof java.sql.Struct
									 || o.getClass().getName().startsWith("org.postgresql.util.PGobject"))
									&& badColumns.add(md.getColumnName(i) + " value"))
								{
									System.out.println("FAIL  " + view + "." + md.getColumnName(i)
													   + ": value of class " + o.getClass().getName());
									failures++;
								}
							}
						}
					}
				}
				catch (Exception e)
				{
					System.out.println("FAIL  " + view + ": " + e);
					failures++;
					continue;
				}
				if (allowed != null)
				{
					Integer want = expected.get(view);
					if (want == null || want != rows)
					{
						System.out.println("FAIL  " + view + ": " + rows + " rows as "
										   + props.getProperty("user") + ", expected " + want);
						failures++;
					}
				}
				else if (rows == 0)
				{
					System.out.println("FAIL  " + view + ": no rows (the sample should fill every view)");
					failures++;
				}

				/* A BI filter on one partnership, as a bound parameter. */
				try (PreparedStatement ps = conn.prepareStatement(
						 "SELECT count(*) FROM partnership_report.\"" + view
						 + "\" WHERE partnership_id = ?"))
				{
					ps.setLong(1, 1L);
					try (ResultSet rs = ps.executeQuery())
					{
						rs.next();
						rs.getLong(1);
					}
				}
				catch (Exception e)
				{
					System.out.println("FAIL  " + view + " filtered by partnership_id: " + e);
					failures++;
				}
				System.out.printf("ok    %-20s %4d rows, %5d values; %s%n", view, rows, values,
								  types.toString().trim());
			}
			for (String c : SCALED.keySet())
				if (!scaledSeen.contains(c))
				{
					System.out.println("FAIL  " + c + ": no such report column");
					failures++;
				}
		}
		if (failures > 0)
		{
			System.out.println(failures + " failure(s)");
			System.exit(1);
		}
		System.out.println("every report column is a plain JDBC type; the fixed-scale numeric columns"
						   + " carry their precision and scale; agreements.in_force is never NULL");
	}
}
