// `for x in list` calls the learner's `IntoIterator::into_iter` first.
struct MyList {
    items: Vec<i32>,
}

impl IntoIterator for MyList {
    type Item = i32;
    type IntoIter = std::vec::IntoIter<i32>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn main() {
    let l = MyList { items: vec![1, 2, 3] };
    for x in l {
        println!("own {}", x);
    }
}
