struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.0 += 1;
    }
}

fn main() {
    let mut n = 0;
    let g = Guard(&mut n);
    n += 1;
    println!("{}", n);
}
