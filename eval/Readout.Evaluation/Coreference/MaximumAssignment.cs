namespace Readout.Evaluation.Coreference;

/// <summary>The maximum-weight one-to-one assignment of rows to columns (the Hungarian algorithm), for CEAF.</summary>
internal static class MaximumAssignment
{
    /// <summary>The largest total weight of an assignment pairing each row with at most one column and vice versa.</summary>
    public static double Total(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        var n = Math.Max(rows, columns);
        if (n == 0)
        {
            return 0;
        }

        // Minimise cost = max - weight on a square matrix padded with zero weights.
        var max = 0.0;
        foreach (var w in weights)
        {
            max = Math.Max(max, w);
        }

        var cost = new double[n + 1, n + 1];
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                cost[i, j] = max - (i <= rows && j <= columns ? weights[i - 1, j - 1] : 0);
            }
        }

        var u = new double[n + 1];
        var v = new double[n + 1];
        var match = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            match[0] = i;
            var j0 = 0;
            var minimum = new double[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minimum, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                var i0 = match[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var current = cost[i0, j] - u[i0] - v[j];
                    if (current < minimum[j])
                    {
                        minimum[j] = current;
                        way[j] = j0;
                    }

                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (match[j0] != 0);

            do
            {
                var j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var total = 0.0;
        for (var j = 1; j <= n; j++)
        {
            var i = match[j];
            if (i >= 1 && i <= rows && j <= columns)
            {
                total += weights[i - 1, j - 1];
            }
        }

        return total;
    }
}
