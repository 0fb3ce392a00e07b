using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace BlindSpot.Tests.Architecture;

/// <summary>
/// Every type one type definition names: its base type and interfaces, generic constraints, the signatures of its
/// fields, methods, properties and events, the custom attributes on all of these, and the IL of its method bodies
/// (operands, local variables, catch clauses).
/// </summary>
public sealed class TypeReferences(PEReader pe)
{
    private readonly MetadataReader reader = pe.GetMetadataReader();

    public IEnumerable<TopLevelType> Of(TypeDefinitionHandle handle)
    {
        var handles = new HandleTypes(reader);
        var signatures = new SignatureTypes(reader);
        var type = reader.GetTypeDefinition(handle);
        var named = new List<TopLevelType>();

        if (!type.BaseType.IsNil) named.AddRange(handles.Of(type.BaseType));
        foreach (var i in type.GetInterfaceImplementations())
            named.AddRange(handles.Of(reader.GetInterfaceImplementation(i).Interface));
        named.AddRange(Attributes(handles, type.GetCustomAttributes()));
        named.AddRange(Constraints(handles, type.GetGenericParameters()));

        foreach (var f in type.GetFields())
        {
            var field = reader.GetFieldDefinition(f);
            named.AddRange(field.DecodeSignature(signatures, null));
            named.AddRange(Attributes(handles, field.GetCustomAttributes()));
        }
        foreach (var p in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(p);
            named.AddRange(SignatureTypes.All(property.DecodeSignature(signatures, null)));
            named.AddRange(Attributes(handles, property.GetCustomAttributes()));
        }
        foreach (var e in type.GetEvents())
        {
            var @event = reader.GetEventDefinition(e);
            named.AddRange(handles.Of(@event.Type));
            named.AddRange(Attributes(handles, @event.GetCustomAttributes()));
        }
        foreach (var m in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(m);
            named.AddRange(SignatureTypes.All(method.DecodeSignature(signatures, null)));
            named.AddRange(Attributes(handles, method.GetCustomAttributes()));
            named.AddRange(Constraints(handles, method.GetGenericParameters()));
            foreach (var p in method.GetParameters())
                named.AddRange(Attributes(handles, reader.GetParameter(p).GetCustomAttributes()));
            if (method.RelativeVirtualAddress != 0)
                named.AddRange(Body(handles, pe.GetMethodBody(method.RelativeVirtualAddress)));
        }
        return named;
    }

    private IEnumerable<TopLevelType> Body(HandleTypes handles, MethodBodyBlock body)
    {
        if (!body.LocalSignature.IsNil)
            foreach (var t in handles.Of(body.LocalSignature)) yield return t;
        foreach (var region in body.ExceptionRegions)
            if (!region.CatchType.IsNil)
                foreach (var t in handles.Of(region.CatchType)) yield return t;
        foreach (var token in IlTokens.Of(body))
            foreach (var t in handles.Of(token)) yield return t;
    }

    /// <summary>An attribute names its type (the declaring type of its constructor) and its constructor's parameter types.</summary>
    private IEnumerable<TopLevelType> Attributes(HandleTypes handles, CustomAttributeHandleCollection attributes) =>
        attributes.SelectMany(a => handles.Of(reader.GetCustomAttribute(a).Constructor));

    private IEnumerable<TopLevelType> Constraints(HandleTypes handles, GenericParameterHandleCollection parameters) =>
        parameters.SelectMany(p => reader.GetGenericParameter(p).GetConstraints())
            .SelectMany(c => handles.Of(reader.GetGenericParameterConstraint(c).Type));
}
