// `{}` needs `Display`, which a struct does not get by itself; rustc points at the struct.
struct Recipe {
    servings: u32,
}

fn main() {
    let soup = Recipe { servings: 4 };
    println!("Serves {}", soup.servings);
    println!("{}", soup);
}
