using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace BlindSpot.Tests.Architecture;

/// <summary>
/// Reads a compiled assembly and reports each dependency of a type in stage Y on a type in a later stage X, as
/// "Type (Y, stage n) uses Type (X, stage m)", one line per pair of top-level types, in order.
/// </summary>
public static class LayeringCheck
{
    public static IReadOnlyList<string> Violations(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        var references = new TypeReferences(pe);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var owner = TopLevelType.Of(reader, handle);
            var rank = RankOf(owner);
            if (rank == 0) continue;
            foreach (var used in references.Of(handle))
            {
                var usedRank = RankOf(used);
                if (usedRank > rank)
                    violations.Add($"{owner.Name} ({Stages.SegmentOf(owner.Namespace)}, stage {rank}) uses {used.Name} ({Stages.SegmentOf(used.Namespace)}, stage {usedRank})");
            }
        }
        return [.. violations];
    }

    /// <summary>The <c>BlindSpot.*</c> namespaces the assembly defines types in.</summary>
    public static IReadOnlyList<string> Namespaces(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        return [.. reader.TypeDefinitions.Select(h => TopLevelType.Of(reader, h).Namespace)
            .Where(n => Stages.SegmentOf(n) is not null).Distinct().Order(StringComparer.Ordinal)];
    }

    private static int RankOf(TopLevelType type) => Stages.SegmentOf(type.Namespace) is { } stage ? Stages.Rank(stage) : 0;
}
