// `Vec<T>` meets `PartialEq` only when `T` does.
struct Pixel(u8);

fn count_equal<T: PartialEq>(items: &[T], probe: &T) -> usize {
    items.iter().filter(|x| *x == probe).count()
}

fn main() {
    let rows = vec![vec![Pixel(1)], vec![Pixel(2)]];
    println!("{}", count_equal(&rows, &vec![Pixel(1)]));
}
