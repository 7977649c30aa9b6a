use std::ops::{Deref, DerefMut};

struct Row(Vec<char>);

impl Deref for Row {
    type Target = Vec<char>;
    fn deref(&self) -> &Vec<char> {
        &self.0
    }
}

impl DerefMut for Row {
    fn deref_mut(&mut self) -> &mut Vec<char> {
        &mut self.0
    }
}

fn main() {
    let r = Row(vec!['.'; 3]);
    r[1] = '#';
    println!("{:?}", r.0);
}
