"""scikit-learn's HistGradientBoostingClassifier on the bench's feature matrix and folds: the peer of the `cv` stage.

Reads what `blindspot bench` wrote to FOLDER: matrix.json (rows, columns), features.f32 (row-major float32),
labels.i32 (0 resolved, 1 escalated, 2 abandoned) and folds.i32 (the held-out fold of each row). For each fold it
fits the flat design (one multiclass model) and the nested design (failed vs resolved on all training rows, abandoned
vs escalated on the training failures) with the same settings as BlindSpot's boosted trees, and scores the held-out
rows with all three models. Folds run one after another; each fit uses every core (scikit-learn's default OpenMP
threads), as an analyst would run it. Prints one line: BENCH_PEER <seconds> <peak resident KiB> <sklearn version>.
"""
import json
import os
import resource
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import HistGradientBoostingClassifier


def model():
    return HistGradientBoostingClassifier(max_iter=100, max_leaf_nodes=8, min_samples_leaf=10, learning_rate=0.1,
                                          early_stopping=False, random_state=42)


def main(folder):
    shape = json.load(open(os.path.join(folder, "matrix.json")))
    x = np.fromfile(os.path.join(folder, "features.f32"), dtype="<f4").reshape(shape["rows"], shape["columns"])
    y = np.fromfile(os.path.join(folder, "labels.i32"), dtype="<i4")
    folds = np.fromfile(os.path.join(folder, "folds.i32"), dtype="<i4")
    start = time.perf_counter()
    for fold in range(int(folds.max()) + 1):
        train, test = folds != fold, folds == fold
        flat = model().fit(x[train], y[train])
        flat.predict_proba(x[test])
        failed = y[train] != 0
        level_one = model().fit(x[train], failed)
        level_two = model().fit(x[train][failed], y[train][failed] == 2)
        level_one.predict_proba(x[test])
        level_two.predict_proba(x[test])
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"BENCH_PEER {seconds:.2f} {peak_kib} {sklearn.__version__}")


if __name__ == "__main__":
    main(sys.argv[1])
