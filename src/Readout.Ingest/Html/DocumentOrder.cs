using AngleSharp.Dom;

namespace Readout.Ingest.Html;

/// <summary>Orders nodes as they appear in the page.</summary>
internal sealed class DocumentOrder : IComparer<INode>
{
    public static readonly DocumentOrder Instance = new();

    public int Compare(INode? x, INode? y)
    {
        if (ReferenceEquals(x, y) || x is null || y is null)
        {
            return 0;
        }

        var position = x.CompareDocumentPosition(y);
        return (position & DocumentPositions.Following) != 0 ? -1 : (position & DocumentPositions.Preceding) != 0 ? 1 : 0;
    }
}
