// `for x in &list` through the learner's `impl IntoIterator for &MyList`.
struct MyList {
    items: Vec<i32>,
}

struct ListIter<'a> {
    list: &'a MyList,
    pos: usize,
}

impl<'a> Iterator for ListIter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        let got = self.list.items.get(self.pos);
        self.pos += 1;
        got
    }
}

impl<'a> IntoIterator for &'a MyList {
    type Item = &'a i32;
    type IntoIter = ListIter<'a>;
    fn into_iter(self) -> ListIter<'a> {
        ListIter { list: self, pos: 0 }
    }
}

fn main() {
    let l = MyList { items: vec![1, 2, 3] };
    for x in &l {
        println!("{}", x * 10);
    }
    let mut total = 0;
    for x in &l {
        total += x;
    }
    println!("{} {}", total, l.items.len());
}
