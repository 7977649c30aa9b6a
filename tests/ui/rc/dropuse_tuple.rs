struct Guard<'a>(&'a mut i32);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.0 += 1;
        println!("guard drops");
    }
}

fn main() {
    let mut n = 0;
    let g = Guard(&mut n);
    let t = (g, 1);
    println!("{}", n);
    drop(t);
}
