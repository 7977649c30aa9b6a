//! `std::collections::btree_map`: the entry API and the iterators of `BTreeMap`, held
//! as those of `hash_map` are (interp/shims_map.py).

#[ferrite::full_path]
pub struct Entry<K, V> {}

impl<K, V> std::collections::btree_map::Entry<K, V> {
    #[ferrite::intrinsic = "entry_or_insert"]
    pub fn or_insert<'a>(self, default: V) -> &'a mut V;

    pub fn or_insert_with<'a, F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        if std::collections::btree_map::occupied(&self) {
            std::collections::btree_map::into_mut(self)
        } else {
            let v = default();
            std::collections::btree_map::entry_or_insert(self, v)
        }
    }

    pub fn or_default<'a>(self) -> &'a mut V {
        if std::collections::btree_map::occupied(&self) {
            std::collections::btree_map::into_mut(self)
        } else {
            std::collections::btree_map::entry_or_insert(self, std::collections::btree_map::default_value())
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> std::collections::btree_map::Entry<K, V> {
        if std::collections::btree_map::occupied(&self) {
            f(std::collections::btree_map::value_mut(&self));
        }
        self
    }

    #[ferrite::intrinsic = "entry_key"]
    pub fn key(&self) -> &K;
}

// The steps of the entry API's Rust bodies above, never called by name.
#[ferrite::intrinsic = "entry_occupied"]
pub fn occupied<K, V>(e: &std::collections::btree_map::Entry<K, V>) -> bool;

#[ferrite::intrinsic = "entry_into_mut"]
pub fn into_mut<'a, K, V>(e: std::collections::btree_map::Entry<K, V>) -> &'a mut V;

#[ferrite::intrinsic = "entry_value_mut"]
pub fn value_mut<K, V>(e: &std::collections::btree_map::Entry<K, V>) -> &mut V;

#[ferrite::intrinsic = "entry_or_insert"]
pub fn entry_or_insert<'a, K, V>(e: std::collections::btree_map::Entry<K, V>, v: V) -> &'a mut V;

// `Default::default()` of the types `or_default` supports (typeck/collection_bounds.py).
#[ferrite::intrinsic = "default_value"]
pub fn default_value<V>() -> V;

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::collections::btree_map::Iter"]
pub struct Iter<K, V> {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::collections::btree_map::IterMut"]
pub struct IterMut<K, V> {}

#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct IntoIter<K, V> {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::collections::btree_map::Keys"]
pub struct Keys<K, V> {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::collections::btree_map::Values"]
pub struct Values<K, V> {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::collections::btree_map::ValuesMut"]
pub struct ValuesMut<K, V> {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::collections::btree_map::IntoKeys"]
pub struct IntoKeys<K, V> {}

#[ferrite::full_path]
#[must_use = "iterators are lazy and do nothing unless consumed"]
#[ferrite::must_use_path = "std::collections::btree_map::IntoValues"]
pub struct IntoValues<K, V> {}

impl<K, V> Iterator for std::collections::btree_map::Iter<K, V> {
    type Item = (&K, &V);

    #[ferrite::intrinsic = "map_iter_next_pair"]
    fn next(&mut self) -> Option<(&K, &V)>;
}

impl<K, V> Iterator for std::collections::btree_map::IterMut<K, V> {
    type Item = (&K, &mut V);

    #[ferrite::intrinsic = "map_iter_next_pair"]
    fn next(&mut self) -> Option<(&K, &mut V)>;
}

impl<K, V> Iterator for std::collections::btree_map::IntoIter<K, V> {
    type Item = (K, V);

    #[ferrite::intrinsic = "map_into_iter_next"]
    fn next(&mut self) -> Option<(K, V)>;
}

impl<K, V> Iterator for std::collections::btree_map::Keys<K, V> {
    type Item = &K;

    #[ferrite::intrinsic = "map_iter_next_key"]
    fn next(&mut self) -> Option<&K>;
}

impl<K, V> Iterator for std::collections::btree_map::Values<K, V> {
    type Item = &V;

    #[ferrite::intrinsic = "map_iter_next_value"]
    fn next(&mut self) -> Option<&V>;
}

impl<K, V> Iterator for std::collections::btree_map::ValuesMut<K, V> {
    type Item = &mut V;

    #[ferrite::intrinsic = "map_iter_next_value"]
    fn next(&mut self) -> Option<&mut V>;
}

impl<K, V> DoubleEndedIterator for std::collections::btree_map::Iter<K, V> {
    #[ferrite::intrinsic = "map_iter_next_back_pair"]
    fn next_back(&mut self) -> Option<(&K, &V)>;
}

impl<K, V> DoubleEndedIterator for std::collections::btree_map::IterMut<K, V> {
    #[ferrite::intrinsic = "map_iter_next_back_pair"]
    fn next_back(&mut self) -> Option<(&K, &mut V)>;
}

impl<K, V> DoubleEndedIterator for std::collections::btree_map::IntoIter<K, V> {
    #[ferrite::intrinsic = "map_into_iter_next_back"]
    fn next_back(&mut self) -> Option<(K, V)>;
}

impl<K, V> DoubleEndedIterator for std::collections::btree_map::Keys<K, V> {
    #[ferrite::intrinsic = "map_iter_next_back_key"]
    fn next_back(&mut self) -> Option<&K>;
}

impl<K, V> DoubleEndedIterator for std::collections::btree_map::Values<K, V> {
    #[ferrite::intrinsic = "map_iter_next_back_value"]
    fn next_back(&mut self) -> Option<&V>;
}

impl<K, V> DoubleEndedIterator for std::collections::btree_map::ValuesMut<K, V> {
    #[ferrite::intrinsic = "map_iter_next_back_value"]
    fn next_back(&mut self) -> Option<&mut V>;
}

// `into_keys` / `into_values`: the by-value iterator of `into_iter`, yielding one half of
// each entry (the other half is dropped as it is passed: interp/shims_map.py).
impl<K, V> Iterator for std::collections::btree_map::IntoKeys<K, V> {
    type Item = K;

    #[ferrite::intrinsic = "map_into_keys_next"]
    fn next(&mut self) -> Option<K>;
}

impl<K, V> Iterator for std::collections::btree_map::IntoValues<K, V> {
    type Item = V;

    #[ferrite::intrinsic = "map_into_values_next"]
    fn next(&mut self) -> Option<V>;
}

impl<K, V> DoubleEndedIterator for std::collections::btree_map::IntoKeys<K, V> {
    #[ferrite::intrinsic = "map_into_keys_next_back"]
    fn next_back(&mut self) -> Option<K>;
}

impl<K, V> DoubleEndedIterator for std::collections::btree_map::IntoValues<K, V> {
    #[ferrite::intrinsic = "map_into_values_next_back"]
    fn next_back(&mut self) -> Option<V>;
}
