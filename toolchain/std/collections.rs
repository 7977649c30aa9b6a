//! `std::collections`, as Ferrite models it. The machine holds a map or a set as a
//! `MapValue` (interp/shims_map.py): its entries `[key, value]` in one list, found
//! through a dict of the keys' frozen values, so a reference to a value is a pointer
//! into its entry. A `HashMap` iterates in insertion order (rustc's order is random per
//! process; no correct program depends on it), a `BTreeMap` in key order. A `VecDeque`
//! is a list, like a `Vec`. rustc's bounds (`K: Hash + Eq`, `K: Ord`, `K: Borrow<Q>`)
//! are checked by typeck/collection_bounds.py.

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct HashMap<K, V> {}

impl<K, V> HashMap<K, V> {
    #[ferrite::intrinsic = "map_new"]
    #[must_use]
    #[ferrite::must_use_path = "HashMap::<K, V>::new"]
    pub fn new() -> HashMap<K, V>;

    #[ferrite::intrinsic = "map_new"]
    #[must_use]
    #[ferrite::must_use_path = "HashMap::<K, V>::with_capacity"]
    pub fn with_capacity(capacity: usize) -> HashMap<K, V>;

    #[ferrite::confusables = "push put set"]
    #[ferrite::intrinsic = "map_insert"]
    pub fn insert(&mut self, k: K, v: V) -> Option<V>;

    #[ferrite::intrinsic = "map_get"]
    pub fn get<Q>(&self, k: &Q) -> Option<&V>;

    #[ferrite::intrinsic = "map_get"]
    pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>;

    #[ferrite::intrinsic = "map_contains_key"]
    pub fn contains_key<Q>(&self, k: &Q) -> bool;

    #[ferrite::intrinsic = "map_get_key_value"]
    pub fn get_key_value<Q>(&self, k: &Q) -> Option<(&K, &V)>;

    #[ferrite::intrinsic = "map_remove_entry"]
    pub fn remove_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>;

    #[ferrite::confusables = "delete take"]
    #[ferrite::intrinsic = "map_remove"]
    pub fn remove<Q>(&mut self, k: &Q) -> Option<V>;

    #[ferrite::intrinsic = "map_len"]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[ferrite::intrinsic = "map_clear"]
    pub fn clear(&mut self);

    #[ferrite::intrinsic = "map_entry"]
    pub fn entry(&mut self, key: K) -> std::collections::hash_map::Entry<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn keys(&self) -> std::collections::hash_map::Keys<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn values(&self) -> std::collections::hash_map::Values<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn values_mut(&mut self) -> std::collections::hash_map::ValuesMut<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn iter(&self) -> std::collections::hash_map::Iter<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn iter_mut(&mut self) -> std::collections::hash_map::IterMut<K, V>;

    #[ferrite::intrinsic = "map_into_iter"]
    pub fn into_iter(self) -> std::collections::hash_map::IntoIter<K, V>;

    #[ferrite::intrinsic = "map_into_iter"]
    pub fn into_keys(self) -> std::collections::hash_map::IntoKeys<K, V>;

    #[ferrite::intrinsic = "map_into_iter"]
    pub fn into_values(self) -> std::collections::hash_map::IntoValues<K, V>;
}

// `HashMap::from([(k, v), ..])`: rustc's `impl From<[(K, V); N]>`; Ferrite checks the
// argument's type in typeck/collection_bounds.py (no const generics).
impl<K, V> HashMap<K, V> {
    #[ferrite::intrinsic = "map_from"]
    #[must_use]
    #[ferrite::must_use_path = "from"]
    pub fn from<A>(arr: A) -> HashMap<K, V>;
}

impl<K, V> BTreeMap<K, V> {
    #[ferrite::intrinsic = "btree_from"]
    #[must_use]
    #[ferrite::must_use_path = "from"]
    pub fn from<A>(arr: A) -> BTreeMap<K, V>;
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct HashSet<T> {}

impl<T> HashSet<T> {
    #[ferrite::intrinsic = "map_new"]
    #[must_use]
    #[ferrite::must_use_path = "HashSet::<T>::new"]
    pub fn new() -> HashSet<T>;

    #[ferrite::intrinsic = "map_new"]
    #[must_use]
    #[ferrite::must_use_path = "HashSet::<T>::with_capacity"]
    pub fn with_capacity(capacity: usize) -> HashSet<T>;

    #[ferrite::confusables = "push put append"]
    #[ferrite::intrinsic = "set_insert"]
    pub fn insert(&mut self, value: T) -> bool;

    #[ferrite::intrinsic = "map_contains_key"]
    pub fn contains<Q>(&self, value: &Q) -> bool;

    #[ferrite::intrinsic = "set_get"]
    pub fn get<Q>(&self, value: &Q) -> Option<&T>;

    #[ferrite::confusables = "delete take"]
    #[ferrite::intrinsic = "set_remove"]
    pub fn remove<Q>(&mut self, value: &Q) -> bool;

    #[ferrite::intrinsic = "set_take"]
    pub fn take<Q>(&mut self, value: &Q) -> Option<T>;

    #[ferrite::intrinsic = "map_len"]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[ferrite::intrinsic = "map_clear"]
    pub fn clear(&mut self);

    #[ferrite::intrinsic = "map_iter"]
    pub fn iter(&self) -> std::collections::hash_set::Iter<T>;

    #[ferrite::intrinsic = "map_into_iter"]
    pub fn into_iter(self) -> std::collections::hash_set::IntoIter<T>;

    #[ferrite::intrinsic = "set_union"]
    pub fn union(&self, other: &HashSet<T>) -> std::collections::hash_set::Union<T>;

    #[ferrite::intrinsic = "set_intersection"]
    pub fn intersection(&self, other: &HashSet<T>) -> std::collections::hash_set::Intersection<T>;

    #[ferrite::intrinsic = "set_difference"]
    pub fn difference(&self, other: &HashSet<T>) -> std::collections::hash_set::Difference<T>;

    #[ferrite::intrinsic = "set_symmetric_difference"]
    pub fn symmetric_difference(&self, other: &HashSet<T>) -> std::collections::hash_set::SymmetricDifference<T>;

    #[ferrite::intrinsic = "set_is_subset"]
    pub fn is_subset(&self, other: &HashSet<T>) -> bool;

    #[ferrite::intrinsic = "set_is_superset"]
    pub fn is_superset(&self, other: &HashSet<T>) -> bool;

    #[ferrite::intrinsic = "set_is_disjoint"]
    pub fn is_disjoint(&self, other: &HashSet<T>) -> bool;

    #[ferrite::intrinsic = "set_from"]
    #[must_use]
    #[ferrite::must_use_path = "from"]
    pub fn from<A>(arr: A) -> HashSet<T>;
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BTreeMap<K, V> {}

impl<K, V> BTreeMap<K, V> {
    #[ferrite::intrinsic = "btree_new"]
    #[must_use]
    #[ferrite::must_use_path = "BTreeMap::<K, V>::new"]
    pub fn new() -> BTreeMap<K, V>;

    #[ferrite::confusables = "push put set"]
    #[ferrite::intrinsic = "map_insert"]
    pub fn insert(&mut self, k: K, v: V) -> Option<V>;

    #[ferrite::intrinsic = "map_get"]
    pub fn get<Q>(&self, k: &Q) -> Option<&V>;

    #[ferrite::intrinsic = "map_get"]
    pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>;

    #[ferrite::intrinsic = "map_contains_key"]
    pub fn contains_key<Q>(&self, k: &Q) -> bool;

    #[ferrite::intrinsic = "map_get_key_value"]
    pub fn get_key_value<Q>(&self, k: &Q) -> Option<(&K, &V)>;

    #[ferrite::intrinsic = "map_remove_entry"]
    pub fn remove_entry<Q>(&mut self, k: &Q) -> Option<(K, V)>;

    #[ferrite::confusables = "delete take"]
    #[ferrite::intrinsic = "map_remove"]
    pub fn remove<Q>(&mut self, k: &Q) -> Option<V>;

    #[ferrite::intrinsic = "map_len"]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[ferrite::intrinsic = "map_clear"]
    pub fn clear(&mut self);

    #[ferrite::intrinsic = "map_entry"]
    pub fn entry(&mut self, key: K) -> std::collections::btree_map::Entry<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn keys(&self) -> std::collections::btree_map::Keys<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn values(&self) -> std::collections::btree_map::Values<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn values_mut(&mut self) -> std::collections::btree_map::ValuesMut<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn iter(&self) -> std::collections::btree_map::Iter<K, V>;

    #[ferrite::intrinsic = "map_iter"]
    pub fn iter_mut(&mut self) -> std::collections::btree_map::IterMut<K, V>;

    #[ferrite::intrinsic = "map_into_iter"]
    pub fn into_iter(self) -> std::collections::btree_map::IntoIter<K, V>;

    #[ferrite::intrinsic = "map_into_iter"]
    pub fn into_keys(self) -> std::collections::btree_map::IntoKeys<K, V>;

    #[ferrite::intrinsic = "map_into_iter"]
    pub fn into_values(self) -> std::collections::btree_map::IntoValues<K, V>;

    #[ferrite::intrinsic = "map_first"]
    pub fn first_key_value(&self) -> Option<(&K, &V)>;

    #[ferrite::intrinsic = "map_last"]
    pub fn last_key_value(&self) -> Option<(&K, &V)>;

    #[ferrite::intrinsic = "map_pop_first"]
    pub fn pop_first(&mut self) -> Option<(K, V)>;

    #[ferrite::intrinsic = "map_pop_last"]
    pub fn pop_last(&mut self) -> Option<(K, V)>;
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BTreeSet<T> {}

impl<T> BTreeSet<T> {
    #[ferrite::intrinsic = "btree_new"]
    #[must_use]
    #[ferrite::must_use_path = "BTreeSet::<T>::new"]
    pub fn new() -> BTreeSet<T>;

    #[ferrite::confusables = "push put append"]
    #[ferrite::intrinsic = "set_insert"]
    pub fn insert(&mut self, value: T) -> bool;

    #[ferrite::intrinsic = "map_contains_key"]
    pub fn contains<Q>(&self, value: &Q) -> bool;

    #[ferrite::intrinsic = "set_get"]
    pub fn get<Q>(&self, value: &Q) -> Option<&T>;

    #[ferrite::confusables = "delete take"]
    #[ferrite::intrinsic = "set_remove"]
    pub fn remove<Q>(&mut self, value: &Q) -> bool;

    #[ferrite::intrinsic = "set_take"]
    pub fn take<Q>(&mut self, value: &Q) -> Option<T>;

    #[ferrite::intrinsic = "map_len"]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[ferrite::intrinsic = "map_clear"]
    pub fn clear(&mut self);

    #[ferrite::intrinsic = "map_iter"]
    pub fn iter(&self) -> std::collections::btree_set::Iter<T>;

    #[ferrite::intrinsic = "map_into_iter"]
    pub fn into_iter(self) -> std::collections::btree_set::IntoIter<T>;

    #[ferrite::intrinsic = "set_union"]
    pub fn union(&self, other: &BTreeSet<T>) -> std::collections::btree_set::Union<T>;

    #[ferrite::intrinsic = "set_intersection"]
    pub fn intersection(&self, other: &BTreeSet<T>) -> std::collections::btree_set::Intersection<T>;

    #[ferrite::intrinsic = "set_difference"]
    pub fn difference(&self, other: &BTreeSet<T>) -> std::collections::btree_set::Difference<T>;

    #[ferrite::intrinsic = "set_symmetric_difference"]
    pub fn symmetric_difference(&self, other: &BTreeSet<T>) -> std::collections::btree_set::SymmetricDifference<T>;

    #[ferrite::intrinsic = "set_is_subset"]
    pub fn is_subset(&self, other: &BTreeSet<T>) -> bool;

    #[ferrite::intrinsic = "set_is_superset"]
    pub fn is_superset(&self, other: &BTreeSet<T>) -> bool;

    #[ferrite::intrinsic = "set_is_disjoint"]
    pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool;

    #[ferrite::intrinsic = "btree_set_from"]
    #[must_use]
    #[ferrite::must_use_path = "from"]
    pub fn from<A>(arr: A) -> BTreeSet<T>;

    #[ferrite::intrinsic = "set_first"]
    pub fn first(&self) -> Option<&T>;

    #[ferrite::intrinsic = "set_last"]
    pub fn last(&self) -> Option<&T>;

    #[ferrite::intrinsic = "set_pop_first"]
    pub fn pop_first(&mut self) -> Option<T>;

    #[ferrite::intrinsic = "set_pop_last"]
    pub fn pop_last(&mut self) -> Option<T>;
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct VecDeque<T> {}

impl<T> VecDeque<T> {
    #[ferrite::intrinsic = "vec_new"]
    #[must_use]
    #[ferrite::must_use_path = "VecDeque::<T>::new"]
    pub fn new() -> VecDeque<T>;

    #[ferrite::intrinsic = "vec_new"]
    #[must_use]
    #[ferrite::must_use_path = "VecDeque::<T>::with_capacity"]
    pub fn with_capacity(capacity: usize) -> VecDeque<T>;

    #[ferrite::confusables = "push put append"]
    #[ferrite::intrinsic = "vec_push"]
    pub fn push_back(&mut self, value: T);

    #[ferrite::intrinsic = "deque_push_front"]
    pub fn push_front(&mut self, value: T);

    #[ferrite::confusables = "pop"]
    #[ferrite::intrinsic = "vec_pop"]
    pub fn pop_back(&mut self) -> Option<T>;

    #[ferrite::intrinsic = "deque_pop_front"]
    pub fn pop_front(&mut self) -> Option<T>;

    #[ferrite::intrinsic = "slice_first"]
    pub fn front(&self) -> Option<&T>;

    #[ferrite::intrinsic = "slice_last"]
    pub fn back(&self) -> Option<&T>;

    #[ferrite::intrinsic = "slice_first"]
    pub fn front_mut(&mut self) -> Option<&mut T>;

    #[ferrite::intrinsic = "slice_last"]
    pub fn back_mut(&mut self) -> Option<&mut T>;

    #[ferrite::intrinsic = "slice_get"]
    pub fn get(&self, index: usize) -> Option<&T>;

    #[ferrite::intrinsic = "slice_get"]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;

    #[ferrite::confusables = "length size"]
    #[ferrite::intrinsic = "vec_len"]
    pub fn len(&self) -> usize;

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[ferrite::intrinsic = "vec_clear"]
    pub fn clear(&mut self);

    #[ferrite::intrinsic = "deque_contains"]
    pub fn contains(&self, x: &T) -> bool;

    #[ferrite::intrinsic = "slice_iter"]
    pub fn iter(&self) -> std::collections::vec_deque::Iter<T>;

    #[ferrite::intrinsic = "slice_iter"]
    pub fn iter_mut(&mut self) -> std::collections::vec_deque::IterMut<T>;

    #[ferrite::intrinsic = "vec_into_iter"]
    pub fn into_iter(self) -> std::collections::vec_deque::IntoIter<T>;

    #[ferrite::intrinsic = "deque_from"]
    #[must_use]
    #[ferrite::must_use_path = "from"]
    pub fn from<A>(arr: A) -> VecDeque<T>;
}

// `map[&k]`: rustc's `impl Index<&Q> for HashMap<K, V>` (and `BTreeMap`'s), called by
// lowered code (typeck/collection_index.py), never by name.
#[track_caller]
#[ferrite::intrinsic = "map_index"]
pub fn map_index<'a, K, V, Q>(map: &'a HashMap<K, V>, key: &Q) -> &'a V;

// The maps and sets are built from, and extended by, their items (rustc's impls in
// `alloc::collections` and `std::collections::hash`; the hasher parameter `S` aside;
// here, not in std/collect.rs, so that a program naming no collection skips them).
// Taking `&`-items copies them, as rustc's `K: Copy, V: Copy` impls do.
impl<K: Eq + Hash, V> FromIterator<(K, V)> for HashMap<K, V> {
    fn from_iter<I: Iterator<Item = (K, V)>>(mut iter: I) -> HashMap<K, V> {
        let mut map = HashMap::new();
        while let Some((k, v)) = iter.next() {
            map.insert(k, v);
        }
        map
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn from_iter<I: Iterator<Item = (K, V)>>(mut iter: I) -> BTreeMap<K, V> {
        let mut map = BTreeMap::new();
        while let Some((k, v)) = iter.next() {
            map.insert(k, v);
        }
        map
    }
}

impl<T: Eq + Hash> FromIterator<T> for HashSet<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> HashSet<T> {
        let mut set = HashSet::new();
        while let Some(x) = iter.next() {
            set.insert(x);
        }
        set
    }
}

impl<T: Ord> FromIterator<T> for BTreeSet<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> BTreeSet<T> {
        let mut set = BTreeSet::new();
        while let Some(x) = iter.next() {
            set.insert(x);
        }
        set
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: Iterator<Item = T>>(mut iter: I) -> VecDeque<T> {
        let mut d = VecDeque::new();
        while let Some(x) = iter.next() {
            d.push_back(x);
        }
        d
    }
}

impl<K: Eq + Hash, V> Extend<(K, V)> for HashMap<K, V> {
    fn extend<X, I: Iterator<Item = (K, V)>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some((k, v)) = iter.next() {
            self.insert(k, v);
        }
    }
}

impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {
    fn extend<X, I: Iterator<Item = (K, V)>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some((k, v)) = iter.next() {
            self.insert(k, v);
        }
    }
}

impl<T: Eq + Hash> Extend<T> for HashSet<T> {
    fn extend<X, I: Iterator<Item = T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(x) = iter.next() {
            self.insert(x);
        }
    }
}

impl<'a, T: Eq + Hash + Copy> Extend<&'a T> for HashSet<T> {
    fn extend<X, I: Iterator<Item = &'a T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(x) = iter.next() {
            self.insert(std::iter::copy_value(x));
        }
    }
}

impl<T: Ord> Extend<T> for BTreeSet<T> {
    fn extend<X, I: Iterator<Item = T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(x) = iter.next() {
            self.insert(x);
        }
    }
}

impl<'a, T: Ord + Copy> Extend<&'a T> for BTreeSet<T> {
    fn extend<X, I: Iterator<Item = &'a T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(x) = iter.next() {
            self.insert(std::iter::copy_value(x));
        }
    }
}

impl<T> Extend<T> for VecDeque<T> {
    fn extend<X, I: Iterator<Item = T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(x) = iter.next() {
            self.push_back(x);
        }
    }
}

impl<'a, T: Copy> Extend<&'a T> for VecDeque<T> {
    fn extend<X, I: Iterator<Item = &'a T>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some(x) = iter.next() {
            self.push_back(std::iter::copy_value(x));
        }
    }
}

impl<'a, K: Eq + Hash + Copy, V: Copy> Extend<(&'a K, &'a V)> for HashMap<K, V> {
    fn extend<X, I: Iterator<Item = (&'a K, &'a V)>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some((k, v)) = iter.next() {
            self.insert(std::iter::copy_value(k), std::iter::copy_value(v));
        }
    }
}

impl<'a, K: Ord + Copy, V: Copy> Extend<(&'a K, &'a V)> for BTreeMap<K, V> {
    fn extend<X, I: Iterator<Item = (&'a K, &'a V)>>(&mut self, iter: X) {
        let mut iter: I = std::iter::into_iter_of(iter);
        while let Some((k, v)) = iter.next() {
            self.insert(std::iter::copy_value(k), std::iter::copy_value(v));
        }
    }
}
