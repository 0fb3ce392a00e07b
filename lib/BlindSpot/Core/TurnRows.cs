using System.Data.Common;

namespace BlindSpot.Core;

/// <summary>The one reader of turn-log rows: a query selects <see cref="Columns"/> in this order, and this reads them.</summary>
public static class TurnRows
{
    /// <summary>The nine contract columns, in the order <see cref="Read"/> expects.</summary>
    public const string Columns = "session_id, turn_index, ts, speaker, intent, text, sentiment, bot_failure, event";

    /// <summary>Every row of <paramref name="reader"/>; types convert as CSV and Parquet sources give them.</summary>
    public static List<TurnRow> Read(DbDataReader reader)
    {
        var turns = new List<TurnRow>();
        while (reader.Read())
            turns.Add(new TurnRow(
                reader.GetString(0),
                Convert.ToInt32(reader.GetValue(1)),
                Convert.ToDateTime(reader.GetValue(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? "" : reader.GetString(5),
                reader.IsDBNull(6) ? null : Convert.ToDouble(reader.GetValue(6)),
                reader.IsDBNull(7) ? null : Convert.ToBoolean(reader.GetValue(7)),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        return turns;
    }
}
