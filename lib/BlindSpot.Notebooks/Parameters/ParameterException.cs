namespace BlindSpot.Notebooks.Parameters;

/// <summary>A parameter override that cannot be applied (unknown name, wrong type, no parameters cell).</summary>
public sealed class ParameterException(string message) : Exception(message);
