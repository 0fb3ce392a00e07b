using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace BlindSpot.Tests.Architecture;

/// <summary>
/// Decodes a signature (field, method, property, local variables, type specification) into every type it names:
/// element types of arrays, pointers and references, generic type arguments, modifiers. Primitive types and generic
/// parameters name no type.
/// </summary>
public sealed class SignatureTypes(MetadataReader reader) : ISignatureTypeProvider<ImmutableArray<TopLevelType>, object?>
{
    public ImmutableArray<TopLevelType> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

    public ImmutableArray<TopLevelType> GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) =>
        [TopLevelType.Of(reader, handle)];

    public ImmutableArray<TopLevelType> GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) =>
        [TopLevelType.Of(reader, handle)];

    public ImmutableArray<TopLevelType> GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, context);

    public ImmutableArray<TopLevelType> GetSZArrayType(ImmutableArray<TopLevelType> elementType) => elementType;

    public ImmutableArray<TopLevelType> GetArrayType(ImmutableArray<TopLevelType> elementType, ArrayShape shape) => elementType;

    public ImmutableArray<TopLevelType> GetByReferenceType(ImmutableArray<TopLevelType> elementType) => elementType;

    public ImmutableArray<TopLevelType> GetPointerType(ImmutableArray<TopLevelType> elementType) => elementType;

    public ImmutableArray<TopLevelType> GetPinnedType(ImmutableArray<TopLevelType> elementType) => elementType;

    public ImmutableArray<TopLevelType> GetGenericInstantiation(ImmutableArray<TopLevelType> genericType, ImmutableArray<ImmutableArray<TopLevelType>> typeArguments) =>
        [.. genericType, .. typeArguments.SelectMany(a => a)];

    public ImmutableArray<TopLevelType> GetModifiedType(ImmutableArray<TopLevelType> modifier, ImmutableArray<TopLevelType> unmodifiedType, bool isRequired) =>
        [.. modifier, .. unmodifiedType];

    public ImmutableArray<TopLevelType> GetFunctionPointerType(MethodSignature<ImmutableArray<TopLevelType>> signature) => All(signature);

    public ImmutableArray<TopLevelType> GetGenericMethodParameter(object? context, int index) => [];

    public ImmutableArray<TopLevelType> GetGenericTypeParameter(object? context, int index) => [];

    /// <summary>The types of a method signature's return and parameters.</summary>
    public static ImmutableArray<TopLevelType> All(MethodSignature<ImmutableArray<TopLevelType>> signature) =>
        [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];
}
