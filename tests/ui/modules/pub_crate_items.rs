mod config {
    pub(crate) const LIMIT: u32 = 3;
    pub(crate) fn limit_twice() -> u32 {
        LIMIT * 2
    }
    pub mod nested {
        pub(super) fn secret() -> u32 {
            7
        }
        pub(crate) fn reveal() -> u32 {
            secret()
        }
    }
    pub fn both() -> u32 {
        nested::secret() + nested::reveal()
    }
}

fn main() {
    println!("{}", config::LIMIT + config::limit_twice());
    println!("{}", config::both() + config::nested::reveal());
}
