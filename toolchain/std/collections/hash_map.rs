//! `std::collections::hash_map`: the entry API and the iterators of `HashMap`. An
//! `Entry` is held as `[map, key]` and its `&mut V` points into the map's entry; an
//! iterator as `[map, position]`, yielding pointers into the entries
//! (interp/shims_map.py).

#[ferrite::full_path]
pub struct Entry<K, V> {}

impl<K, V> std::collections::hash_map::Entry<K, V> {
    #[ferrite::intrinsic = "entry_or_insert"]
    pub fn or_insert<'a>(self, default: V) -> &'a mut V;

    pub fn or_insert_with<'a, F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        if std::collections::hash_map::occupied(&self) {
            std::collections::hash_map::into_mut(self)
        } else {
            let v = default();
            std::collections::hash_map::entry_or_insert(self, v)
        }
    }

    pub fn or_default<'a>(self) -> &'a mut V {
        if std::collections::hash_map::occupied(&self) {
            std::collections::hash_map::into_mut(self)
        } else {
            std::collections::hash_map::entry_or_insert(self, std::collections::hash_map::default_value())
        }
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> std::collections::hash_map::Entry<K, V> {
        if std::collections::hash_map::occupied(&self) {
            f(std::collections::hash_map::value_mut(&self));
        }
        self
    }

    #[ferrite::intrinsic = "entry_key"]
    pub fn key(&self) -> &K;
}

// The steps of the entry API's Rust bodies above, never called by name.
#[ferrite::intrinsic = "entry_occupied"]
pub fn occupied<K, V>(e: &std::collections::hash_map::Entry<K, V>) -> bool;

#[ferrite::intrinsic = "entry_into_mut"]
pub fn into_mut<'a, K, V>(e: std::collections::hash_map::Entry<K, V>) -> &'a mut V;

#[ferrite::intrinsic = "entry_value_mut"]
pub fn value_mut<K, V>(e: &std::collections::hash_map::Entry<K, V>) -> &mut V;

#[ferrite::intrinsic = "entry_or_insert"]
pub fn entry_or_insert<'a, K, V>(e: std::collections::hash_map::Entry<K, V>, v: V) -> &'a mut V;

// `Default::default()` of the types `or_default` supports (typeck/collection_bounds.py).
#[ferrite::intrinsic = "default_value"]
pub fn default_value<V>() -> V;

#[ferrite::full_path]
pub struct Iter<K, V> {}

#[ferrite::full_path]
pub struct IterMut<K, V> {}

#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct IntoIter<K, V> {}

#[ferrite::full_path]
pub struct Keys<K, V> {}

#[ferrite::full_path]
pub struct Values<K, V> {}

#[ferrite::full_path]
pub struct ValuesMut<K, V> {}

#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct IntoKeys<K, V> {}

#[ferrite::full_path]
// (not #[must_use] in rustc's std: dropping one does not warn)
pub struct IntoValues<K, V> {}

impl<K, V> Iterator for std::collections::hash_map::Iter<K, V> {
    type Item = (&K, &V);

    #[ferrite::intrinsic = "map_iter_next_pair"]
    fn next(&mut self) -> Option<(&K, &V)>;
}

impl<K, V> Iterator for std::collections::hash_map::IterMut<K, V> {
    type Item = (&K, &mut V);

    #[ferrite::intrinsic = "map_iter_next_pair"]
    fn next(&mut self) -> Option<(&K, &mut V)>;
}

impl<K, V> Iterator for std::collections::hash_map::IntoIter<K, V> {
    type Item = (K, V);

    #[ferrite::intrinsic = "map_into_iter_next"]
    fn next(&mut self) -> Option<(K, V)>;
}

impl<K, V> Iterator for std::collections::hash_map::Keys<K, V> {
    type Item = &K;

    #[ferrite::intrinsic = "map_iter_next_key"]
    fn next(&mut self) -> Option<&K>;
}

impl<K, V> Iterator for std::collections::hash_map::Values<K, V> {
    type Item = &V;

    #[ferrite::intrinsic = "map_iter_next_value"]
    fn next(&mut self) -> Option<&V>;
}

impl<K, V> Iterator for std::collections::hash_map::ValuesMut<K, V> {
    type Item = &mut V;

    #[ferrite::intrinsic = "map_iter_next_value"]
    fn next(&mut self) -> Option<&mut V>;
}

// `into_keys` / `into_values`: the by-value iterator of `into_iter`, yielding one half of
// each entry (the other half is dropped as it is passed: interp/shims_map.py).
impl<K, V> Iterator for std::collections::hash_map::IntoKeys<K, V> {
    type Item = K;

    #[ferrite::intrinsic = "map_into_keys_next"]
    fn next(&mut self) -> Option<K>;
}

impl<K, V> Iterator for std::collections::hash_map::IntoValues<K, V> {
    type Item = V;

    #[ferrite::intrinsic = "map_into_values_next"]
    fn next(&mut self) -> Option<V>;
}
