using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.DotNet.Interactive;

namespace BlindSpot.Display;

/// <summary>
/// Element ids for charts that are the same on every run, in every front end: "plotly-" and a hash of what the
/// chart draws. The same chart shown again in one kernel session gets a count ("-2", "-3"), so ids stay unique
/// on a page; each kernel counts on its own, so a fresh kernel (a new Jupyter session, each notebook the runner
/// executes) gives the same ids again. A formatter is not told which cell it runs in, so the id cannot come
/// from the position.
/// </summary>
public static class ChartIds
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, int>> SeenPerKernel = new();
    private static readonly object NoKernel = new();

    public static string Next(string content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..12];
        var scope = (object?)KernelInvocationContext.Current?.HandlingKernel?.RootKernel ?? NoKernel;
        var seen = SeenPerKernel.GetValue(scope, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        lock (seen)
        {
            var n = seen[hash] = seen.GetValueOrDefault(hash) + 1;
            return n == 1 ? $"plotly-{hash}" : $"plotly-{hash}-{n}";
        }
    }
}
