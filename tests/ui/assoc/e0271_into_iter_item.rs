// The `IntoIter` must yield the impl's `Item`.
struct MyList {
    items: Vec<i32>,
}

impl IntoIterator for MyList {
    type Item = i64;
    type IntoIter = std::vec::IntoIter<i32>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn main() {
    let l = MyList { items: vec![1, 2] };
    let _ = l.items.len();
}
