namespace BlindSpot.Modeling;

/// <summary>The two ways of predicting the three outcomes that the case study compares.</summary>
public enum Design
{
    /// <summary>One 3-class model.</summary>
    Flat,

    /// <summary>Level 1: failed vs resolved; level 2 (trained on observed failures): escalated vs abandoned.</summary>
    Nested,
}
