using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BlindSpot.Tests.Architecture;

/// <summary>Compiles C# source into a small library in a temporary file, for the layering check to read.</summary>
public sealed class PlantedAssembly : IDisposable
{
    public string Path { get; }

    public PlantedAssembly(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Planted",
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"planted-{Guid.NewGuid():N}.dll");
        using (var file = File.Create(Path))
        {
            var result = compilation.Emit(file);
            if (!result.Success)
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
    }

    public void Dispose() => File.Delete(Path);
}
