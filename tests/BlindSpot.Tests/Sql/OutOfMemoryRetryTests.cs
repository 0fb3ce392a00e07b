using BlindSpot.Core;
using BlindSpot.Sql;

namespace BlindSpot.Tests.Sql;

/// <summary>Under a memory limit, a statement DuckDB cannot finish is run again on one thread before the error is given.</summary>
public class OutOfMemoryRetryTests
{
    // a list aggregate is held whole (DuckDB cannot spill it): past the limit on any number of threads
    private const string TooBig = "SELECT list(i) AS all_of_them FROM range(20000000) t(i)";

    [Fact]
    public void A_statement_that_runs_out_of_memory_is_tried_on_one_thread_then_reported_and_the_threads_given_back()
    {
        // a limit the session was given (the process's budget while tests run beside this one: large enough for theirs),
        // then DuckDB's own setting lowered under it, so that the statement cannot fit
        using var session = new SqlSession(new DuckDbOptions(MemoryLimit: "2GB"));
        session.Connection.Execute("SET memory_limit = '48MB'");
        session.Connection.Execute("SET threads = 2");
        var console = Console.Out;
        var said = new StringWriter();
        Console.SetOut(said);
        try
        {
            var error = Assert.Throws<SqlFileException>(() => session.QueryText(TooBig));
            Assert.Contains("Out of Memory", error.Message);
        }
        finally
        {
            Console.SetOut(console);
            MemoryBudget.Reset();
        }
        Assert.Contains("DuckDB ran out of memory in cell:1 on 2 threads; running it again on one.", said.ToString());
        Assert.Equal(2, session.Connection.Scalar<long>("SELECT current_setting('threads')"));
    }

    [Fact]
    public void Without_a_memory_limit_nothing_is_tried_again()
    {
        using var session = new SqlSession();
        session.Connection.Execute("SET memory_limit = '48MB'"); // DuckDB's own setting, not the session's limit
        var console = Console.Out;
        var said = new StringWriter();
        Console.SetOut(said);
        try
        {
            Assert.Throws<SqlFileException>(() => session.QueryText(TooBig));
        }
        finally
        {
            Console.SetOut(console);
        }
        Assert.DoesNotContain("running it again on one", said.ToString());
    }
}
