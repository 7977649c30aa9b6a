// A `T: Copy` parameter's values are copied, not moved: used twice after one binding.
fn first_twice<T: Copy>(items: &[T]) -> (T, T) {
    let x = items[0];
    let y = x;
    (x, y)
}

struct Cell2<T> {
    value: T,
}

impl<T: Copy + std::fmt::Debug> Cell2<T> {
    fn get(&self) -> T {
        self.value
    }
    fn show(&self) {
        let v = self.value;
        let w = v;
        println!("{:?} {:?}", v, w);
    }
}

fn fill<T>(t: T) -> [T; 3]
where
    T: Copy,
{
    [t; 3]
}

fn main() {
    println!("{:?}", first_twice(&[4, 5]));
    println!("{:?}", first_twice(&['q']));
    let c = Cell2 { value: 2.5 };
    println!("{}", c.get());
    c.show();
    println!("{:?}", fill((1u8, true)));
}
