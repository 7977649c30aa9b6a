mod library {
    mod shelves {
        pub fn count() -> i32 {
            42
        }
    }
    pub use self::shelves::count;
    pub use self::shelves::count as total;
}

fn main() {
    println!("{} {}", library::count(), library::total());
}
