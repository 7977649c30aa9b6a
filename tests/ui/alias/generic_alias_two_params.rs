type Entry<K, V> = (K, V);
type Table<K, V> = Vec<Entry<K, V>>;

fn find(t: &Table<&str, i32>, k: &str) -> Option<i32> {
    t.iter().find(|e| e.0 == k).map(|e| e.1)
}

fn main() {
    let t: Table<&str, i32> = vec![("a", 1), ("b", 2)];
    println!("{:?} {:?}", find(&t, "b"), find(&t, "z"));
}
