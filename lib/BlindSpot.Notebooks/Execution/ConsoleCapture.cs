using System.Text;
using BlindSpot.Notebooks.Display;

namespace BlindSpot.Notebooks.Execution;

/// <summary>
/// Routes Console.Out and Console.Error to the running cell's outputs (per async flow) and everything
/// else to the original console. Installed once per process.
/// </summary>
public static class ConsoleCapture
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed) return;
            Console.SetOut(new RoutingWriter("stdout", Console.Out));
            Console.SetError(new RoutingWriter("stderr", Console.Error));
            _installed = true;
        }
    }

    private sealed class RoutingWriter(string stream, TextWriter original) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (value is null) return;
            if (DisplaySink.CurrentOrNull is { } sink) sink.Write(stream, value);
            else original.Write(value);
        }

        public override void WriteLine(string? value) => Write((value ?? "") + "\n");

        public override void WriteLine() => Write("\n");

        public override void Flush()
        {
            if (DisplaySink.CurrentOrNull is null) original.Flush();
        }
    }
}
