using System.Reflection.Metadata;

namespace BlindSpot.Tests.Architecture;

/// <summary>
/// A top-level type by namespace and name (generic arity dropped). Nested and compiler-generated types are named by
/// the top-level type that encloses them, since they belong to it.
/// </summary>
public readonly record struct TopLevelType(string Namespace, string Name)
{
    public static TopLevelType Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.IsNested)
            type = reader.GetTypeDefinition(type.GetDeclaringType());
        return new(reader.GetString(type.Namespace), Plain(reader.GetString(type.Name)));
    }

    public static TopLevelType Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        while (type.ResolutionScope.Kind == HandleKind.TypeReference)
            type = reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
        return new(reader.GetString(type.Namespace), Plain(reader.GetString(type.Name)));
    }

    private static string Plain(string name)
    {
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name[..tick];
    }
}
