struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.0 += 1;
        println!("guard drops");
    }
}

fn main() {
    let mut n = 0;
    let mut g = Guard(&mut n);
    if n > 0 {
        g = Guard(&mut n);
    }
}
