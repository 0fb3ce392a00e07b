using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace BlindSpot.Tests.Architecture;

/// <summary>
/// The types a metadata handle names: a type itself (definition, reference, specification), or a member (method,
/// field, member reference, generic method instantiation) by its declaring type and the types of its signature,
/// or a stand-alone signature.
/// </summary>
public sealed class HandleTypes(MetadataReader reader)
{
    private readonly SignatureTypes signatures = new(reader);

    public ImmutableArray<TopLevelType> Of(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => [TopLevelType.Of(reader, (TypeDefinitionHandle)handle)],
        HandleKind.TypeReference => [TopLevelType.Of(reader, (TypeReferenceHandle)handle)],
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(signatures, null),
        HandleKind.FieldDefinition => Field((FieldDefinitionHandle)handle),
        HandleKind.MethodDefinition => Method((MethodDefinitionHandle)handle),
        HandleKind.MemberReference => Member((MemberReferenceHandle)handle),
        HandleKind.MethodSpecification => MethodInstance((MethodSpecificationHandle)handle),
        HandleKind.StandaloneSignature => Standalone((StandaloneSignatureHandle)handle),
        _ => [],
    };

    private ImmutableArray<TopLevelType> Field(FieldDefinitionHandle handle)
    {
        var field = reader.GetFieldDefinition(handle);
        return [TopLevelType.Of(reader, field.GetDeclaringType()), .. field.DecodeSignature(signatures, null)];
    }

    private ImmutableArray<TopLevelType> Method(MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        return [TopLevelType.Of(reader, method.GetDeclaringType()), .. SignatureTypes.All(method.DecodeSignature(signatures, null))];
    }

    private ImmutableArray<TopLevelType> Member(MemberReferenceHandle handle)
    {
        var member = reader.GetMemberReference(handle);
        var signature = member.GetKind() == MemberReferenceKind.Field
            ? member.DecodeFieldSignature(signatures, null)
            : SignatureTypes.All(member.DecodeMethodSignature(signatures, null));
        return [.. Of(member.Parent), .. signature];
    }

    private ImmutableArray<TopLevelType> MethodInstance(MethodSpecificationHandle handle)
    {
        var instance = reader.GetMethodSpecification(handle);
        return [.. Of(instance.Method), .. instance.DecodeSignature(signatures, null).SelectMany(a => a)];
    }

    private ImmutableArray<TopLevelType> Standalone(StandaloneSignatureHandle handle)
    {
        var signature = reader.GetStandaloneSignature(handle);
        return signature.GetKind() == StandaloneSignatureKind.LocalVariables
            ? [.. signature.DecodeLocalSignature(signatures, null).SelectMany(l => l)]
            : SignatureTypes.All(signature.DecodeMethodSignature(signatures, null));
    }
}
