"""Disjoint sets for linking mentions into one row per real thing (technologies, persons).

The smaller member of two merged sets becomes the root, so the grouping — and every id derived
from a root — does not depend on the order in which links are found."""
from __future__ import annotations

from typing import Generic, Hashable, Iterable, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    def __init__(self, items: Iterable[K]):
        self.parent: dict[K, K] = {x: x for x in items}

    def find(self, x: K) -> K:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra
