using System.Text.RegularExpressions;
using BlindSpot.Core;
using DuckDB.NET.Data;

namespace BlindSpot.Logs;

/// <summary>
/// Reads a turn log into a work table, every column as the file has it. A CSV goes through
/// <see cref="TurnLogCsvCopy"/>, so its damaged lines become rows to quarantine (with the columns
/// <see cref="TurnLogCsvCopy.InternalColumns"/>); a file that cannot be read at all throws
/// <see cref="TurnLogUnreadableException"/> with a message a person can act on.
/// </summary>
public static partial class TurnLogReader
{
    /// <param name="typedCsv">Try a CSV with the contract's header as typed columns first (<see cref="TryLoadContractCsv"/>).</param>
    /// <returns>True when the table has the line columns (a CSV source that went through the copy).</returns>
    public static bool Load(DuckDBConnection db, string path, string table, bool typedCsv = true)
    {
        var relation = TurnLogSource.Relation(path);
        if (File.Exists(path) && new FileInfo(path).Length == 0)
            throw new TurnLogUnreadableException(path, "the file is empty (0 bytes): a turn log needs a header and rows; export it again");
        if (TurnLogSource.IsCsv(path))
        {
            if (typedCsv && TryLoadContractCsv(db, path, table)) return false;
            LoadCsv(db, path, table);
            return true;
        }
        try
        {
            // Not a TEMP table: when the file already has the contract's columns and types, the importer renames this
            // table rather than copy it, and a renamed TEMP table would shadow any later table of that name.
            db.Execute($"CREATE OR REPLACE TABLE {table} AS SELECT * FROM {relation}");
        }
        catch (DuckDBException e)
        {
            throw ParquetProblem(path, e);
        }
        return false;
    }

    /// <summary>
    /// A plain .csv whose header is the contract's columns in order, read by DuckDB straight into the contract's types
    /// (in parallel, strict: a line with the wrong number of fields, a broken quote or a value that does not convert
    /// fails the read). Timestamps are read by DuckDB's own cast, as the validator's type rule reads a CSV's text (a
    /// <c>timestampformat</c> would parse each one with strptime, several times slower). Such a file then loads as a Parquet file with the contract's types does, without the strict copy
    /// and without a text column per value: at a million sessions the copy, the text table and the casts took most of
    /// the import. Anything else, or any failure, returns false and the file goes through <see cref="TurnLogCsvCopy"/>,
    /// which finds and reports the damaged lines.
    /// </summary>
    private static bool TryLoadContractCsv(DuckDBConnection db, string path, string table)
    {
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !File.Exists(path)) return false;
        if (FirstLine(path) != string.Join(",", TurnLogSchema.ColumnNames)) return false;
        try
        {
            db.Execute($"CREATE OR REPLACE TABLE {table} AS SELECT * FROM read_csv({DuckDbPath.Literal(path)}, header = true, auto_detect = false, " +
                       $"columns = {TurnLogSchema.DuckDbColumnsStruct}, delim = ',', quote = '\"', escape = '\"', new_line = '\\n', nullstr = '', " +
                       "strict_mode = true)");
            return true;
        }
        catch (DuckDBException)
        {
            db.Execute($"DROP TABLE IF EXISTS {table}");
            return false;
        }
    }

    /// <summary>The file's first line as bytes read it (a byte-order mark or a CR left in: such a file takes the copy).</summary>
    private static string? FirstLine(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[4096];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var end = Array.IndexOf(buffer, (byte)'\n', 0, read);
        return end < 0 ? null : System.Text.Encoding.UTF8.GetString(buffer, 0, end);
    }

    private static void LoadCsv(DuckDBConnection db, string path, string table)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"blindspot-import-{Guid.NewGuid():N}.csv");
        try
        {
            CsvCopyResult written;
            try
            {
                written = TurnLogCsvCopy.Write(path, copy);
            }
            catch (InvalidDataException e)
            {
                throw new TurnLogUnreadableException(path, "is not a readable gzip file: compress it again, or give the plain .csv", e.Message, e);
            }
            db.Execute($"CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM {TurnLogCsv.ReadCopyCall(copy, written.Columns)}");
            var rows = db.Scalar<long>($"SELECT count(*) FROM {table}");
            if (rows != written.Records)
                throw new InvalidOperationException($"{path}: {written.Records:N0} records were copied but {rows:N0} read back; please report this.");
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static TurnLogUnreadableException ParquetProblem(string path, DuckDBException e)
    {
        var detail = WithoutStatement(e.Message);
        var file = QuotedFile().Match(detail) is { Success: true } m ? m.Groups["file"].Value : path;
        if (detail.Contains("No magic bytes found at end of file") || detail.Contains("too small to be a Parquet file"))
            return StartsLikeParquet(file)
                ? new TurnLogUnreadableException(file, "not a complete Parquet file (its footer is missing): it looks cut off; write it again", detail, e)
                : new TurnLogUnreadableException(file, "not a Parquet file (it does not start with PAR1): give a Parquet file, or a CSV named .csv", detail, e);
        if (detail.Contains("No files found that match the pattern"))
            return new TurnLogUnreadableException(path, "the folder holds no .parquet file", detail, e);
        return new TurnLogUnreadableException(path, "cannot be read as Parquet, so it looks damaged: write it again", detail, e);
    }

    private static bool StartsLikeParquet(string file)
    {
        if (!File.Exists(file)) return true;
        Span<byte> start = stackalloc byte[4];
        using var stream = File.OpenRead(file);
        return stream.ReadAtLeast(start, 4, throwOnEndOfStream: false) == 4 && start.SequenceEqual("PAR1"u8);
    }

    /// <summary>DuckDB's message without the echo of the statement that failed (it names work tables no user knows).</summary>
    public static string WithoutStatement(string message) =>
        string.Join("\n", message.Split('\n').TakeWhile(l => !l.StartsWith("LINE ", StringComparison.Ordinal))).Trim();

    [GeneratedRegex("(?:file|File) '(?<file>[^']+)'")]
    private static partial Regex QuotedFile();
}
